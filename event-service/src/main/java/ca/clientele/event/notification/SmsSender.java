package ca.clientele.event.notification;

/** Port: sends a text message to a phone number in E.164. Throws when the provider refused or failed. */
interface SmsSender {

    void send(String phoneE164, String text);

    /** "+1514•••••99": enough for an operator to tell two numbers apart, not enough to call anyone. */
    static String mask(String phone) {
        if (phone == null || phone.length() < 6) {
            return "•••";
        }
        int keepStart = Math.min(5, phone.length() - 2);
        return phone.substring(0, keepStart)
                + "•".repeat(phone.length() - keepStart - 2)
                + phone.substring(phone.length() - 2);
    }
}
