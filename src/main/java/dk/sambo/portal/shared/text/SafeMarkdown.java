package dk.sambo.portal.shared.text;

import java.util.List;
import java.util.Set;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown as people write it in answers, comments and guidance, turned into HTML that is safe to put in a page:
 * bold and italics, lists, quotes, code, line breaks as typed, and links, also web addresses written out
 * ({@code https://...}, {@code www...}) and e-mail addresses.
 *
 * <p>Two independent layers. commonmark-java renders with {@code escapeHtml} (raw HTML in the text, blocks and
 * inline, comes out as visible text, never as markup) and {@code sanitizeUrls}; images are rendered as their
 * text and headings as a bold paragraph (the page's own headings stay its outline). Then jsoup's {@link Safelist}
 * keeps only the tags listed in {@link #TAGS}, no attributes except a link's {@code href} with the schemes
 * {@code http}, {@code https} and {@code mailto} (checked after entities are decoded and regardless of case, so
 * {@code JaVaScRiPt:} and {@code &#106;avascript:} go as well as {@code data:}), and gives every link
 * {@code rel="noopener noreferrer nofollow"} and {@code target="_blank"}, so a reader who follows one keeps the
 * page with what she was writing.
 *
 * <p>The stored text stays the Markdown as written: the CPR guard, the search and the notifications see it as it
 * was typed; only the screen shows it rendered.
 */
public final class SafeMarkdown {

    /** The tags a rendered text may contain. */
    static final Set<String> TAGS = Set.of("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code",
            "pre", "a", "hr", "del");

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br />\n")
            .nodeRendererFactory(PlainImagesAndHeadings::new)
            .build();
    private static final Safelist SAFELIST = Safelist.none()
            .addTags(TAGS.toArray(String[]::new))
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank")
            .addAttributes("ol", "start");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeMarkdown() {
    }

    /** The text as sanitised HTML (a fragment of block elements; empty for an empty text). */
    public static String toHtml(String markdown) {
        var rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(rendered, "", SAFELIST, OUTPUT).strip();
    }

    /** Images show their text (the portal shows no pictures from elsewhere); headings a bold paragraph. */
    private static final class PlainImagesAndHeadings implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        PlainImagesAndHeadings(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class, Heading.class);
        }

        @Override
        public void render(Node node) {
            var html = context.getWriter();
            if (node instanceof Heading) {
                html.line();
                html.tag("p");
                html.tag("strong");
                children(node);
                html.tag("/strong");
                html.tag("/p");
                html.line();
            } else {
                children(node);
            }
        }

        private void children(Node node) {
            var child = node.getFirstChild();
            while (child != null) {
                var next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
