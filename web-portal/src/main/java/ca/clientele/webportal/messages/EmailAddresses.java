package ca.clientele.webportal.messages;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses typed in one box, as {@link EmailList} reads them. */
final class EmailAddresses {

    /** Local part, @, a domain with a dot; no spaces. As strict as a portal needs to be helpful. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]{2,}");

    private EmailAddresses() {}

    /** The addresses in the order typed, separated by commas, semicolons, spaces or lines; blank = none. */
    static List<String> split(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+"))
                .filter(address -> !address.isEmpty())
                .toList();
    }

    static boolean plausible(String address) {
        return address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
