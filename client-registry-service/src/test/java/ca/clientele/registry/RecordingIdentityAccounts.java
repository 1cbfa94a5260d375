package ca.clientele.registry;

import ca.clientele.registry.identity.EmailTakenException;
import ca.clientele.registry.identity.IdentityAccounts;
import ca.clientele.registry.identity.IdentityUnavailableException;
import ca.clientele.registry.identity.NewAccount;
import ca.clientele.registry.identity.StaffAccount;
import ca.clientele.registry.identity.TwoFactorState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Keycloak's admin API in the registry's ITs (no Keycloak runs there; the real
 * adapter is tested against a stub server in {@code KeycloakIdentityAccountsTest} and against a
 * real Keycloak by the e2e suite). It keeps accounts in memory like Keycloak would (e-mails
 * unique, enabled flag, two-factor state) and records every call, so a test can tell what the
 * registry asked of the identity provider. {@link #breakFor} makes it unreachable for one
 * account or e-mail, as a Keycloak outage would be. Registered by {@link RegistryTestDoubles}.
 */
public class RecordingIdentityAccounts implements IdentityAccounts {

    /** One call to the port: the operation, the account and, for e-mails, the address. */
    public record Call(String operation, UUID accountId, String detail) {}

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<UUID, String> emails = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> enabled = new ConcurrentHashMap<>();
    private final Map<UUID, TwoFactorState> twoFactor = new ConcurrentHashMap<>();
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final Map<UUID, StaffAccount> staff = new ConcurrentHashMap<>();
    private volatile UUID nextAccountId;

    /** Every later call about this account id or e-mail fails as if Keycloak were down. */
    public void breakFor(Object accountIdOrEmail) {
        broken.add(accountIdOrEmail.toString().toLowerCase(Locale.ROOT));
    }

    public void repair(Object accountIdOrEmail) {
        broken.remove(accountIdOrEmail.toString().toLowerCase(Locale.ROOT));
    }

    /** {@link #breakFor} this: listing the staff's accounts fails as if Keycloak were down. */
    public static final String STAFF_LIST = "staff-accounts";

    /** An account with the staff (or admin) realm role. */
    public void staffAccount(StaffAccount account) {
        staff.put(account.userId(), account);
    }

    /** The id the next created account gets (to make the record insert fail on a taken id). */
    public void nextAccountId(UUID accountId) {
        nextAccountId = accountId;
    }

    /** What the client did at sign-in: enrolled an authenticator app. */
    public void enrolTwoFactor(UUID accountId) {
        twoFactor.put(accountId, TwoFactorState.ON);
    }

    public List<Call> callsFor(UUID accountId) {
        return calls.stream().filter(call -> accountId.equals(call.accountId())).toList();
    }

    public List<String> operationsFor(UUID accountId) {
        return callsFor(accountId).stream().map(Call::operation).toList();
    }

    public boolean isEnabled(UUID accountId) {
        return enabled.getOrDefault(accountId, true);
    }

    public String emailOf(UUID accountId) {
        return emails.get(accountId);
    }

    /** An account that exists in "Keycloak" (e.g. someone who self-registered) with this e-mail. */
    public void existingAccount(UUID accountId, String email) {
        emails.put(accountId, email.toLowerCase(Locale.ROOT));
    }

    @Override
    public UUID createAccount(NewAccount account) {
        check(account.email());
        if (emails.containsValue(account.email().toLowerCase(Locale.ROOT))) {
            throw new EmailTakenException();
        }
        UUID id = nextAccountId == null ? UUID.randomUUID() : nextAccountId;
        nextAccountId = null;
        emails.put(id, account.email().toLowerCase(Locale.ROOT));
        calls.add(new Call("create", id, account.email() + "|" + account.locale()));
        return id;
    }

    @Override
    public void deleteAccount(UUID accountId) {
        check(accountId);
        emails.remove(accountId);
        calls.add(new Call("delete", accountId, null));
    }

    @Override
    public void sendInvitation(UUID accountId) {
        check(accountId);
        calls.add(new Call("invite", accountId, emails.get(accountId)));
    }

    @Override
    public void disable(UUID accountId) {
        check(accountId);
        enabled.put(accountId, false);
        calls.add(new Call("disable-and-logout", accountId, null));
    }

    @Override
    public void enable(UUID accountId) {
        check(accountId);
        enabled.put(accountId, true);
        calls.add(new Call("enable", accountId, null));
    }

    @Override
    public void requireTwoFactor(UUID accountId) {
        check(accountId);
        twoFactor.put(accountId, TwoFactorState.PENDING);
        calls.add(new Call("require-two-factor", accountId, null));
    }

    @Override
    public void removeTwoFactor(UUID accountId) {
        check(accountId);
        twoFactor.put(accountId, TwoFactorState.OFF);
        calls.add(new Call("remove-two-factor", accountId, null));
    }

    @Override
    public TwoFactorState twoFactorState(UUID accountId) {
        if (broken.contains(accountId.toString())) {
            return TwoFactorState.UNKNOWN;
        }
        return twoFactor.getOrDefault(accountId, TwoFactorState.OFF);
    }

    @Override
    public void changeEmail(UUID accountId, String email) {
        check(accountId);
        String normalised = email.toLowerCase(Locale.ROOT);
        if (emails.entrySet().stream()
                .anyMatch(entry ->
                        !entry.getKey().equals(accountId) && entry.getValue().equals(normalised))) {
            throw new EmailTakenException();
        }
        emails.put(accountId, normalised);
        calls.add(new Call("change-email-and-verify", accountId, email));
    }

    @Override
    public List<StaffAccount> staffAccounts() {
        check(STAFF_LIST);
        return staff.values().stream()
                .sorted(Comparator.comparing(StaffAccount::name))
                .toList();
    }

    private void check(Object accountIdOrEmail) {
        if (broken.contains(accountIdOrEmail.toString().toLowerCase(Locale.ROOT))) {
            throw new IdentityUnavailableException("test outage", null);
        }
    }
}
