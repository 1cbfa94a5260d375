package ca.clientele.ticket.ticket;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number people quote ("#78190"): drawn at random so that it says nothing about how many tickets exist and
 * cannot be guessed from one's own. Five digits while fewer than half of them are used (a free one is then found in
 * a couple of draws), then six, and so on. The unique index decides between two openings drawing the same number at
 * the same instant: the loser is retried ({@link Tickets}).
 */
@Component
class PublicNumbers {

    private static final int DRAWS = 20;

    private final JdbcClient jdbc;
    private final RandomGenerator random = new SecureRandom();

    PublicNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int next() {
        long used = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        int low = 10_000;
        while ((long) low * 9 / 2 <= used && low < 100_000_000) {
            low *= 10; // half of [low, 10 low) is 4.5 low numbers
        }
        for (int draw = 0; draw < DRAWS; draw++) {
            int candidate = random.nextInt(low, low * 10);
            if (!taken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free public number after " + DRAWS + " draws");
    }

    private boolean taken(int number) {
        return jdbc.sql("select exists(select 1 from ticket where number = ?)")
                .param(number)
                .query(Boolean.class)
                .single();
    }
}
