package ca.clientele.local;

/** The padded {@code [name]} tag put in front of every line of a component. */
final class LogTag {

    static final int WIDTH = 12;

    private LogTag() {}

    static String of(String name) {
        String tag = "[" + name + "]";
        return tag.length() >= WIDTH ? tag + " " : tag + " ".repeat(WIDTH - tag.length());
    }
}
