#pragma once

// The hostile-text corpus (issue 16, "Hostile and large text"): texts a person could type,
// paste or import that break programs which treat text as code. Every sample has a name, so
// a failing test says which one broke. Storage, exports, imports, the reports and the
// terminal are all checked with the same samples.

#include <QList>
#include <QString>

namespace mockloop::test {

struct HostileSample
{
    QString name;
    QString text;
};

inline QString controlCharacters()
{
    // ESC c resets a terminal; ESC ] 0 ; … BEL retitles the window; CSI 2J clears it (as
    // ESC [ and as the one-character C1 CSI U+009B); a lone CR returns to the line start;
    // NUL, BEL, backspace, vertical tab, form feed and DEL.
    QString s = QStringLiteral("reset\x1b"
                               "c title\x1b]0;owned\x07 clear\x1b[2J red\x1b[31mred\x1b[0m "
                               "c1\u009b2J bell\x07 back\x08space vt\x0b ff\x0c del\x7f cr\rover "
                               "crlf\r\nnext\ttab");
    s += QChar(u'\0');
    s += QStringLiteral("after nul");
    return s;
}

inline QList<HostileSample> hostileSamples()
{
    return {
        {QStringLiteral("sql"),
         QStringLiteral("Robert'); DROP TABLE attempts; -- \" OR 1=1 -- ; SELECT * FROM sessions "
                        "WHERE name = '' OR ''='' /* */ %_")},
        {QStringLiteral("html"),
         QStringLiteral("<b>bold</b> <script>alert('x')</script> <img src=x onerror=alert(1)> "
                        "<a href=\"javascript:alert(1)\">link</a> &amp; &lt;tag&gt; &#60; <!-- c "
                        "--> </div></body></html><style>*{display:none}</style>")},
        {QStringLiteral("markdownHeadings"),
         QStringLiteral("# Not the report's heading\n## Round 2: fake\nSetext heading\n===\n"
                        "Another\n---\n###### six\n####### seven")},
        {QStringLiteral("markdownFences"),
         QStringLiteral("before\n```\nan open fence, never closed\n# heading in code\n~~~\n"
                        "````more````\n``")},
        {QStringLiteral("markdownBlocks"),
         QStringLiteral("> quote\n>> nested\n| a | b |\n|---|---|\n| 1 | 2 |\n- item\n  1. sub\n"
                        "    indented code\n***\n[ref]: http://evil.example/ \"t\"\n[link](javascript:"
                        "alert(1)) ![img](http://evil.example/x.png) <http://evil.example>\n"
                        "<div>\nraw html block\n</div>\n\\*not em\\* *em* __strong__ `code` "
                        "~~strike~~ - [ ] task")},
        {QStringLiteral("rightToLeft"),
         QStringLiteral("مرحبا بالعالم، هذه إجابة. שלום עולם, זו תשובה. Mixed: the API "
                        "returns עברית then English 123.")},
        {QStringLiteral("bidiOverrides"),
         QStringLiteral("access = \u202e\u2066 // admin\u2069\u2066 if (isAdmin)\u2069 "
                        "done\u202c; lrm\u200e rlm\u200f alm\u061c lre\u202a rle\u202b lro\u202d")},
        {QStringLiteral("emoji"),
         QStringLiteral(
             "👩‍💻 deploys 🚀 on 🇩🇪 flags, 👍🏽 skin tones, 👨‍👩‍👧‍👦 family, "
             "keycap 1️⃣, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math, 𝄞 music")},
        {QStringLiteral("combining"),
         QStringLiteral("cafe\u0301 vs café, n\u0303, Z\u0351\u0358\u0310\u0300\u0301\u0302a\u0308"
                        "\u0304l\u0336g\u0337o\u0338, Hangul \u1100\u1161\u11a8, Devanagari "
                        "\u0915\u094d\u0937")},
        {QStringLiteral("controls"), controlCharacters()},
        {QStringLiteral("unicodeSeparators"),
         QStringLiteral("line\u2028separator paragraph\u2029separator next\u0085line "
                        "zero\u200bwidth joiner\u200d nbsp\u00a0 bom\ufeff "
                        "replacement\ufffd")},
        {QStringLiteral("whitespace"), QStringLiteral("  \n\n\t leading and trailing \t \n\n  ")},
        {QStringLiteral("backslashes"),
         QStringLiteral("C:\\Users\\me\\n \\n \\\\ \\` \\* \\# \\u001b \\x1b \\\" '\\''")},
        {QStringLiteral("formatArguments"),
         QStringLiteral("100%1 sure, %2 and %n %L1 %% %s %d %x %p %99 {0} ${HOME} $(id) `id`")},
        {QStringLiteral("csvBreakers"),
         QStringLiteral("a,\"b\",c\n\"unterminated, quote\r\n=HYPERLINK(\"http://evil\") "
                        "+1 -2 @SUM(A1) ;semi;colon\t")},
        {QStringLiteral("jsonBreakers"),
         QStringLiteral("{\"key\": [1, 2]} \\\" \\u0000 </script> ]]> \" } ] ,")},
        {QStringLiteral("longLine"), QString(20000, QLatin1Char('x')) + QStringLiteral(" end")},
    };
}

// A single-line sample for places that hold one line (titles, question texts in lists): the
// sample with its line breaks and surrounding blanks gone, as those places keep it.
inline QString oneLine(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.trimmed();
}

// About 1 MB of ordinary answer text in UTF-8 (paragraphs of prose with some Markdown and a
// few non-ASCII letters), for the size tests: bytes is the UTF-8 size wanted.
inline QString largeAnswer(qsizetype bytes = 1024 * 1024)
{
    const QString paragraph = QStringLiteral(
        "The service keeps a write-ahead log, so a crash after the commit loses nothing; the "
        "cache in front of it is filled on read and invalidated on write (naïve TTLs were "
        "not enough). - trade-off: latency vs. consistency; `EXPLAIN` showed an index scan.\n\n");
    const qsizetype paragraphBytes = paragraph.toUtf8().size();
    return paragraph.repeated((bytes + paragraphBytes - 1) / paragraphBytes);
}

} // namespace mockloop::test
