package ca.clientele.registry.identity;

/** What an account created by staff starts with: the sign-in e-mail, the names and the UI language. */
public record NewAccount(String email, String firstName, String lastName, String locale) {}
