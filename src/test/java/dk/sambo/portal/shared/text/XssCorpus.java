package dk.sambo.portal.shared.text;

import java.util.List;

/**
 * Texts that try to run script or load something when shown: Markdown tricks (javascript:, data: and vbscript:
 * links in every spelling, entity-encoded and percent-encoded schemes, reference links, images, nested
 * formatting) and the classic HTML XSS payloads (script, event handlers, svg, iframe, style, mutation-XSS). Each
 * calls {@code alert(1)}; the browser test swaps that for a flag it checks. Used by {@code SafeMarkdownTest} and
 * {@code MarkdownXssBrowserIT}.
 */
public final class XssCorpus {

    private XssCorpus() {
    }

    public static final List<String> PAYLOADS = List.of(
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x]( javascript:alert(1) )",
            "[x](<javascript:alert(1)>)",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;&#x61;vascript:alert(1))",
            "[x](java&#x09;script:alert(1))",
            "[x](%6Aavascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](DATA:text/html,<script>alert(1)</script>)",
            "<javascript:alert(1)>",
            "<data:text/html,<script>alert(1)</script>>",
            "[x][ref]\n\n[ref]: javascript:alert(1)",
            "[x](https://example.org \"t\" onclick=\"alert(1)\")",
            "[x](https://example.org\"onmouseover=\"alert(1))",
            "**[fed](javascript:alert(1))**",
            "> - [i et citat](javascript:alert(1))\n>   - <img src=x onerror=alert(1)>",
            "[![billede](javascript:alert(1))](javascript:alert(2))",
            "![x](https://example.org/x.png)",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//example.org/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"javascript:alert(1)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">klik</a>",
            "<a href=\"&#106;avascript:alert(1)\">klik</a>",
            "<div onclick=\"alert(1)\">\n\n**fed i en blok**\n\n</div>",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "<style>*{background:url(javascript:alert(1))}</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<!-- --><img src=x onerror=alert(1)>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<form action=javascript:alert(1)><button>x</button></form>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "`<script>alert(1)</script>`",
            "```html\n<script>alert(1)</script>\n```",
            "    <img src=x onerror=alert(1)>",
            "*<img src=x onerror=alert(1)>*",
            "[<img src=x onerror=alert(1)>](https://example.org)",
            "<https://example.org/\"onmouseover=\"alert(1)>",
            "https://example.org/<script>alert(1)</script>",
            "www.example.org/\"><img src=x onerror=alert(1)>");
}
