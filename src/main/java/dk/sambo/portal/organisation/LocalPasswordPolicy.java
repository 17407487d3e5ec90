package dk.sambo.portal.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.passay.DictionaryRule;
import org.passay.DictionarySubstringRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * The password policy for local portal accounts (OWASP ASVS 5.0 V6.2), checked with Passay wherever a local
 * password is set or changed ({@link PeopleAdministration#setLocalPassword}):
 * <ul>
 * <li>at least {@value #MIN_LENGTH} characters: local accounts have one factor only, and NIST SP 800-63B (rev. 4)
 * asks 15 for a password used alone; ASVS asks at least 8 and recommends 15 (6.2.1);</li>
 * <li>up to {@value #MAX_LENGTH} characters are allowed, spaces and any Unicode included, never truncated (6.2.9,
 * 6.2.10: passwords are hashed with PBKDF2, which reads all of them, not BCrypt's first 72 bytes);</li>
 * <li>no composition rules (no "one digit, one capital", 6.2.5);</li>
 * <li>not a common or breached password ({@code security/common-passwords.txt}, also with digits or signs added
 * before or after, or repeated) and no context-specific word ({@code security/context-words.txt}, 6.2.4, 6.2.11),
 * and not containing the user name.</li>
 * </ul>
 * The demo accounts' seeded password {@code demo} is not set through here (demo data only).
 */
@Component
class LocalPasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    /** A password the policy refuses; {@code messageKeys} are translation keys (Danish and English). */
    public static class WeakPasswordException extends IllegalArgumentException {

        private final List<String> messageKeys;

        WeakPasswordException(List<String> messageKeys) {
            super("Password refused: " + messageKeys);
            this.messageKeys = List.copyOf(messageKeys);
        }

        public List<String> messageKeys() {
            return messageKeys;
        }

        /** Arguments for the messages: the minimum and maximum length. */
        public Object[] params() {
            return new Object[] {MIN_LENGTH, MAX_LENGTH};
        }
    }

    private final WordListDictionary common;
    private final PasswordValidator validator;

    public LocalPasswordPolicy() {
        common = dictionary("security/common-passwords.txt");
        var context = dictionary("security/context-words.txt");
        validator = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH), new DictionaryRule(common),
                new DictionarySubstringRule(context), new UsernameRule(true, true));
    }

    /** Refuses a password that breaks the policy, with every reason at once. */
    public void check(@Nullable String username, String password) {
        var keys = new LinkedHashSet<String>();
        var result = validator.validate(username == null ? new PasswordData(password)
                : new PasswordData(username, password));
        for (var detail : result.getDetails()) {
            keys.add(switch (detail.getErrorCode()) {
                case LengthRule.ERROR_CODE_MIN -> "password.too-short";
                case LengthRule.ERROR_CODE_MAX -> "password.too-long";
                case UsernameRule.ERROR_CODE -> "password.contains-username";
                case DictionarySubstringRule.ERROR_CODE -> "password.context-word";
                default -> "password.common";
            });
        }
        if (variants(password).stream().anyMatch(common::search)) {
            keys.add("password.common");
        }
        if (!keys.isEmpty()) {
            throw new WeakPasswordException(new ArrayList<>(keys));
        }
    }

    /** A common password with digits or signs before or after it, or repeated, is as easy to guess. */
    private static List<String> variants(String password) {
        var lower = password.toLowerCase(Locale.ROOT).strip();
        var variants = new ArrayList<String>();
        variants.add(lower.replaceAll("[^\\p{L}]+$", ""));
        variants.add(lower.replaceAll("^[^\\p{L}]+", ""));
        variants.add(lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
        for (int unit = 1; unit <= lower.length() / 2; unit++) {
            if (lower.length() % unit == 0 && lower.substring(0, unit).repeat(lower.length() / unit).equals(lower)) {
                variants.add(lower.substring(0, unit));
                break;
            }
        }
        variants.removeIf(String::isEmpty);
        return variants;
    }

    private static WordListDictionary dictionary(String resource) {
        var words = new ArrayList<String>();
        try (var in = Objects.requireNonNull(LocalPasswordPolicy.class.getClassLoader().getResourceAsStream(resource),
                resource); var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                var word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordListDictionary(new ArrayWordList(words.stream().distinct().toArray(String[]::new), false,
                new ArraysSort()));
    }
}
