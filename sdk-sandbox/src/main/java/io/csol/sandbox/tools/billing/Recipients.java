package io.csol.sandbox.tools.billing;

import io.csol.sandbox.spi.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Validates the e-mail recipients of a forward: 1 to 20 addresses, each named when invalid. */
final class Recipients {

    static final int MAX = 20;
    /** A practical address check: local part of RFC 5322 atom characters and dots, a dotted domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private Recipients() {
    }

    /**
     * Returns the recipients; throws 400 invalid-request when {@code recipients} is not a list, and
     * 422 validation-failed naming {@code recipients} (count) or each bad {@code recipients[i]}.
     */
    static List<String> validate(Object value) {
        if (!(value instanceof List<?> list)) {
            throw ProblemException.invalidRequest("recipients",
                    "recipients must be a list of 1 to " + MAX + " e-mail addresses");
        }
        if (list.isEmpty() || list.size() > MAX) {
            throw ProblemException.validationFailed("recipients",
                    "recipients must hold 1 to " + MAX + " e-mail addresses, had " + list.size());
        }
        List<String> result = new ArrayList<>();
        ProblemException problem = null;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof String address && address.length() <= 254 && EMAIL.matcher(address).matches()) {
                result.add(address);
            } else {
                if (problem == null) {
                    problem = new ProblemException(422, "validation-failed", "Validation failed",
                            "recipients must be valid e-mail addresses such as name@example.com");
                }
                problem.withField("recipients[" + i + "]", "not a valid e-mail address: " + describe(item));
            }
        }
        if (problem != null) {
            throw problem;
        }
        return result;
    }

    private static String describe(Object item) {
        if (!(item instanceof String text)) {
            return item == null ? "null" : "not text";
        }
        return "'" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "'";
    }
}
