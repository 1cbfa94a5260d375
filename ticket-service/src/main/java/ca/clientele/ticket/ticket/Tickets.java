package ca.clientele.ticket.ticket;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.ticket.client.ClientStanding;
import ca.clientele.ticket.client.ClientStandings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opening tickets and calls, posting messages, closing, reopening, assigning, and reading a ticket with the rules of
 * who may see what: a client only their own tickets that are not staff-only (anything else is 404, never 403, so ids
 * cannot be probed), never internal notes, never the bcc of someone else's message.
 */
@Service
class Tickets {

    static final int NEWEST_MESSAGES = 5;
    private static final String GENERAL_CATEGORY = "general";

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final PublicNumbers numbers;
    private final TicketSearchIndex index;
    private final TicketEvents events;
    private final ClientStandings standings;
    private final StaffDirectory staff;
    private final TicketLabels labels;
    private final Attachments attachments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Tickets(
            TicketRepository tickets,
            TicketMessageRepository messages,
            PublicNumbers numbers,
            TicketSearchIndex index,
            TicketEvents events,
            ClientStandings standings,
            StaffDirectory staff,
            TicketLabels labels,
            Attachments attachments,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.numbers = numbers;
        this.index = index;
        this.events = events;
        this.standings = standings;
        this.staff = staff;
        this.labels = labels;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A client opens a ticket for themself (waiting on staff), or staff open one for a client (waiting on them). */
    TicketView open(NewTicket request, Caller caller, Locale locale) {
        caller.requireOwnOrStaff(request.clientId());
        staff.saw(caller);
        boolean byStaff = caller.isStaff();
        if (!byStaff) {
            requireMayWrite(request.clientId());
        }
        if (request.id() != null) {
            Ticket existing = tickets.findById(request.id()).orElse(null);
            if (existing != null) {
                return alreadyOpened(existing, request, caller, locale);
            }
        }
        String body = body(request.body(), "body");
        List<InvalidTicketInput.FieldProblem> problems = new ArrayList<>();
        if (!activeCategory(request.categoryId())) {
            problems.add(new InvalidTicketInput.FieldProblem("categoryId", "ticket.category.unknown"));
        }
        List<UUID> options = request.serviceOptionIds() == null ? List.of() : request.serviceOptionIds();
        problems.addAll(unknownServiceOptions(options));
        if (!problems.isEmpty()) {
            throw new InvalidTicketInput(problems);
        }
        Ticket ticket = withFreshNumber(() -> {
            Instant now = clock.instant();
            String clientName = byStaff ? knownClientName(request.clientId()) : StaffDirectory.nameOf(caller);
            Ticket opened = new Ticket(
                    request.id() == null ? UUID.randomUUID() : request.id(),
                    new Ticket.Opening(
                            numbers.next(),
                            request.clientId(),
                            clientName,
                            request.subject(),
                            request.categoryId(),
                            TicketType.MESSAGE,
                            Channel.PORTAL,
                            true,
                            emptyIfNull(request.beneficiaries()),
                            options,
                            null,
                            null,
                            null,
                            caller.id(),
                            byStaff ? TicketStatus.WAITING_ON_CLIENT : TicketStatus.WAITING_ON_STAFF,
                            now));
            return start(
                    opened,
                    new TicketMessage.Draft(
                            caller.id(),
                            StaffDirectory.nameOf(caller),
                            byStaff ? AuthorRole.STAFF : AuthorRole.CLIENT,
                            false,
                            body,
                            emptyIfNull(request.bcc()),
                            attachments.write(request.attachments())));
        });
        return view(ticket, caller, locale);
    }

    /**
     * An opening sent again with the id of a ticket that exists: the same client's portal ticket is answered as it is
     * (a retried or double-submitted form); any other is a conflict.
     */
    private TicketView alreadyOpened(Ticket existing, NewTicket request, Caller caller, Locale locale) {
        if (existing.clientId().equals(request.clientId())
                && existing.visibleToClient()
                && existing.type() == TicketType.MESSAGE) {
            return view(existing, caller, locale);
        }
        throw new TicketIdTakenException();
    }

    /** A call staff log: staff-only, its summary the first (internal) message; closed unless a follow-up is due. */
    TicketView call(NewCall request, Caller caller, Locale locale) {
        staff.saw(caller);
        if (request.channel() == Channel.PORTAL) {
            throw new InvalidTicketInput("channel", "ticket.call.channel");
        }
        if (request.type() == TicketType.MESSAGE) {
            throw new InvalidTicketInput("type", "ticket.call.type");
        }
        String summary = body(request.summary(), "summary");
        UUID categoryId = request.categoryId() == null ? generalCategory() : request.categoryId();
        if (!activeCategory(categoryId)) {
            throw new InvalidTicketInput("categoryId", "ticket.category.unknown");
        }
        Ticket ticket = withFreshNumber(() -> {
            Ticket opened = new Ticket(new Ticket.Opening(
                    numbers.next(),
                    request.clientId(),
                    request.clientName().strip(),
                    request.subject(),
                    categoryId,
                    request.type(),
                    request.channel(),
                    false,
                    List.of(),
                    List.of(),
                    request.durationMinutes(),
                    request.followUpOn(),
                    request.branchId(),
                    caller.id(),
                    request.followUpOn() != null ? TicketStatus.WAITING_ON_STAFF : TicketStatus.CLOSED,
                    clock.instant()));
            return start(
                    opened,
                    new TicketMessage.Draft(
                            caller.id(),
                            StaffDirectory.nameOf(caller),
                            AuthorRole.STAFF,
                            true,
                            summary,
                            List.of(),
                            null));
        });
        return view(ticket, caller, locale);
    }

    /** Saves a new ticket and its first message, indexes them and tells the platform; in the current transaction. */
    private Ticket start(Ticket ticket, TicketMessage.Draft first) {
        tickets.saveAndFlush(ticket);
        TicketMessage message = messages.save(ticket.firstMessage(first));
        boolean staffOnly = !ticket.visibleToClient();
        index.index(ticket.id(), staffOnly, ticket.subject(), ticket.clientName(), String.valueOf(ticket.number()));
        index.index(ticket.id(), message.internal(), MessageBodies.text(message.body()));
        events.opened(ticket);
        events.messageAdded(ticket, message, ticket.beneficiaries().size());
        return ticket;
    }

    /** Two openings drawing the same free number at the same instant: the unique index stops one, drawn again. */
    private Ticket withFreshNumber(Supplier<Ticket> opening) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> opening.get());
            } catch (DataIntegrityViolationException e) {
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("ticket_number_uk")) {
                    throw e;
                }
            }
        }
    }

    /** A reply or an internal note. The ticket row is locked: concurrent replies wait for each other, none is lost. */
    @Transactional
    MessageView post(UUID id, NewMessage request, Caller caller) {
        if (request.isInternal() && !caller.isStaff()) {
            throw new InvalidTicketInput("internal", "ticket.message.internal");
        }
        staff.saw(caller);
        Ticket ticket = tickets.findLocked(id).orElseThrow(ResourceNotFoundException::new);
        requireReadable(ticket, caller);
        if (!caller.isStaff()) {
            requireMayWrite(ticket.clientId());
        }
        String body = body(request.body(), "body");
        Ticket.Posted posted = ticket.post(
                new TicketMessage.Draft(
                        caller.id(),
                        StaffDirectory.nameOf(caller),
                        caller.isStaff() ? AuthorRole.STAFF : AuthorRole.CLIENT,
                        request.isInternal(),
                        body,
                        emptyIfNull(request.bcc()),
                        attachments.write(request.attachments())),
                clock.instant());
        TicketMessage message = messages.save(posted.message());
        tickets.flush();
        index.index(ticket.id(), message.internal(), MessageBodies.text(message.body()));
        events.messageAdded(ticket, message, ticket.beneficiaries().size());
        events.statusChanged(ticket, posted.change(), caller.id());
        return messageView(message, caller);
    }

    @Transactional
    TicketView close(UUID id, long version, Caller caller, Locale locale) {
        Ticket ticket = lockedForChange(id, version, caller);
        events.statusChanged(ticket, ticket.close(caller.isStaff(), clock.instant()), caller.id());
        tickets.flush();
        return view(ticket, caller, locale);
    }

    @Transactional
    TicketView reopen(UUID id, long version, Caller caller, Locale locale) {
        Ticket ticket = lockedForChange(id, version, caller);
        if (!caller.isStaff()) {
            requireMayWrite(ticket.clientId());
        }
        events.statusChanged(ticket, ticket.reopen(clock.instant()), caller.id());
        tickets.flush();
        return view(ticket, caller, locale);
    }

    @Transactional
    TicketView assign(UUID id, AssigneeChange change, Caller caller, Locale locale) {
        staff.saw(caller);
        Ticket ticket = lockedForChange(id, change.version(), caller);
        if (change.assigneeId() != null && !staff.exists(change.assigneeId())) {
            throw new InvalidTicketInput("assigneeId", "ticket.assignee.unknown");
        }
        ticket.assign(change.assigneeId(), clock.instant());
        tickets.flush();
        events.assigned(ticket, caller.id());
        return view(ticket, caller, locale);
    }

    @Transactional
    TicketView reclassify(UUID id, TicketChange change, Caller caller, Locale locale) {
        staff.saw(caller);
        Ticket ticket = lockedForChange(id, change.version(), caller);
        List<InvalidTicketInput.FieldProblem> problems = new ArrayList<>();
        if (change.categoryId() != null && !activeCategory(change.categoryId())) {
            problems.add(new InvalidTicketInput.FieldProblem("categoryId", "ticket.category.unknown"));
        }
        if (change.branchId() != null && change.clears(TicketChange.BRANCH)) {
            problems.add(new InvalidTicketInput.FieldProblem("clear", "ticket.change.clear-and-set"));
        }
        if (change.followUpOn() != null && change.clears(TicketChange.FOLLOW_UP)) {
            problems.add(new InvalidTicketInput.FieldProblem("clear", "ticket.change.clear-and-set"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTicketInput(problems);
        }
        ticket.reclassify(
                change.categoryId(),
                change.branchId(),
                change.followUpOn(),
                change.clears(TicketChange.BRANCH),
                change.clears(TicketChange.FOLLOW_UP),
                clock.instant());
        tickets.flush();
        return view(ticket, caller, locale);
    }

    @Transactional(readOnly = true)
    TicketView get(UUID id, Caller caller, Locale locale) {
        Ticket ticket = tickets.findById(id).orElseThrow(ResourceNotFoundException::new);
        requireReadable(ticket, caller);
        return view(ticket, caller, locale);
    }

    @Transactional(readOnly = true)
    MessagePage messages(UUID id, int page, int size, Caller caller) {
        Ticket ticket = tickets.findById(id).orElseThrow(ResourceNotFoundException::new);
        requireReadable(ticket, caller);
        PageRequest request = PageRequest.of(page, size);
        Slice<TicketMessage> slice = caller.isStaff()
                ? messages.findByTicketIdOrderByCreatedAtDescIdDesc(id, request)
                : messages.findByTicketIdAndInternalFalseOrderByCreatedAtDescIdDesc(id, request);
        long total = caller.isStaff() ? messages.countByTicketId(id) : messages.countByTicketIdAndInternalFalse(id);
        return new MessagePage(
                slice.getContent().stream()
                        .map(message -> messageView(message, caller))
                        .toList(),
                PageInfo.of(page, size, total));
    }

    private Ticket lockedForChange(UUID id, long version, Caller caller) {
        Ticket ticket = tickets.findLocked(id).orElseThrow(ResourceNotFoundException::new);
        requireReadable(ticket, caller);
        if (ticket.version() != version) {
            throw new OptimisticLockingFailureException("Ticket changed meanwhile");
        }
        return ticket;
    }

    /** Staff read every ticket; a client only their own, and never a staff-only call. */
    private static void requireReadable(Ticket ticket, Caller caller) {
        if (!caller.isStaff() && (!ticket.clientId().equals(caller.id()) || !ticket.visibleToClient())) {
            throw new ResourceNotFoundException();
        }
    }

    private void requireMayWrite(UUID clientId) {
        ClientStanding standing = standings.of(clientId);
        if (!standing.mayWrite()) {
            throw new AccountBlockedException(standing);
        }
    }

    /** Sanitised; refused when nothing readable is left or it is too long once sanitised. */
    private static String body(String raw, String field) {
        String safe = MessageBodies.sanitise(raw);
        if (MessageBodies.text(safe).isBlank()) {
            throw new InvalidTicketInput(field, "ticket.body.empty");
        }
        if (safe.length() > MessageBodies.MAX_LENGTH) {
            throw new InvalidTicketInput(field, "ticket.body.too-long");
        }
        return safe;
    }

    private boolean activeCategory(UUID id) {
        return jdbc.sql("select active from ticket_category where id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private UUID generalCategory() {
        return jdbc.sql("select id from ticket_category where code = ?")
                .param(GENERAL_CATEGORY)
                .query(UUID.class)
                .single();
    }

    /** The requested service options that are unknown or retired, named by their place in the list. */
    private List<InvalidTicketInput.FieldProblem> unknownServiceOptions(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> active = Set.copyOf(jdbc.sql("select id from ticket_service_option where active and id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
        List<InvalidTicketInput.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!active.contains(ids.get(i))) {
                problems.add(new InvalidTicketInput.FieldProblem(
                        "serviceOptionIds[" + i + "]", "ticket.service-option.unknown"));
            }
        }
        return problems;
    }

    private String knownClientName(UUID clientId) {
        return tickets.findFirstByClientIdAndClientNameIsNotNullOrderByCreatedAtDesc(clientId)
                .map(Ticket::clientName)
                .orElse(null);
    }

    private TicketView view(Ticket ticket, Caller caller, Locale locale) {
        PageRequest newest = PageRequest.of(0, NEWEST_MESSAGES);
        Slice<TicketMessage> slice = caller.isStaff()
                ? messages.findByTicketIdOrderByCreatedAtDescIdDesc(ticket.id(), newest)
                : messages.findByTicketIdAndInternalFalseOrderByCreatedAtDescIdDesc(ticket.id(), newest);
        Map<UUID, String> assignees =
                staff.names(ticket.assigneeId() == null ? List.of() : List.of(ticket.assigneeId()));
        boolean canReply = caller.isStaff() || standings.of(ticket.clientId()).mayWrite();
        return new TicketView(
                ticket.id(),
                ticket.number(),
                ticket.status(),
                labels.status(ticket.status(), locale),
                ticket.subject(),
                ticket.categoryId(),
                labels.categories(List.of(ticket.categoryId()), locale).get(ticket.categoryId()),
                ticket.type(),
                labels.type(ticket.type(), locale),
                ticket.channel(),
                labels.channel(ticket.channel(), locale),
                ticket.clientId(),
                ticket.clientName(),
                ticket.assigneeId(),
                ticket.assigneeId() == null ? null : assignees.get(ticket.assigneeId()),
                ticket.branchId(),
                ticket.createdAt(),
                ticket.updatedAt(),
                ticket.followUpOn(),
                ticket.visibleToClient(),
                ticket.beneficiaries(),
                labels.serviceOptions(ticket.serviceOptionIds(), locale),
                ticket.durationMinutes(),
                ticket.closedAt(),
                canReply,
                slice.getContent().stream()
                        .map(message -> messageView(message, caller))
                        .toList(),
                slice.hasNext(),
                ticket.version());
    }

    private MessageView messageView(TicketMessage message, Caller caller) {
        boolean seesBcc = caller.isStaff() || caller.id().equals(message.authorId());
        return new MessageView(
                message.id(),
                message.authorId(),
                message.authorName(),
                message.authorRole(),
                message.internal(),
                message.body(),
                seesBcc ? message.bcc() : List.of(),
                attachments.read(message.attachments()),
                message.createdAt());
    }

    private static <T> List<T> emptyIfNull(List<T> values) {
        return values == null ? List.of() : values;
    }
}
