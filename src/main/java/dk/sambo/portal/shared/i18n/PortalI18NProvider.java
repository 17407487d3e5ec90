package dk.sambo.portal.shared.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every text a person sees. Each feature keeps its own pair of files, {@code i18n/<feature>_da.properties} and
 * {@code i18n/<feature>_en.properties}, so features never edit each other's translations. Danish is the default;
 * a key missing in a language falls back to Danish, and a key missing everywhere shows as {@code !key!} (a test
 * keeps that from ever shipping). Texts are ICU message patterns, so a count says
 * {@code {0, plural, one {# registrering} other {# registreringer}}} and reads right in both languages.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DANISH, ENGLISH);

    private final Map<String, Map<String, String>> byLanguage;

    public PortalI18NProvider() {
        this.byLanguage = Map.of("da", load("da"), "en", load("en"));
    }

    /** All keys and texts of one language, merged over every feature's file. */
    public static Map<String, String> load(String language) {
        var texts = new HashMap<String, String>();
        try {
            var resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language + ".properties");
            for (Resource resource : resources) {
                var properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (texts.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("Translation key defined twice: " + key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(texts);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return new ArrayList<>(LOCALES);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
        var text = byLanguage.get(language).get(key);
        if (text == null) {
            text = byLanguage.get("da").get(key);
        }
        if (text == null) {
            return "!" + key + "!";
        }
        return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    /** A translation outside a UI (mails, exports, service messages). */
    public String text(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }
}
