package ca.clientele.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TravelTest {

    private final Travel travel = new Travel(new BookingPolicy.Travel(30, 15));

    @Test
    void montrealToQuebecCityIsAboutTheRoadMapsStraightLine() {
        // Place d'Armes (Montréal) to Château Frontenac (Québec): 233 km as the crow flies.
        double km = Travel.distanceKm(new Travel.Point(45.5046, -73.5567), new Travel.Point(46.8122, -71.2046));
        assertThat(km).isCloseTo(233, within(2.0));
    }

    @Test
    void minutesAtTheConfiguredSpeedRoundUpToFive() {
        Travel.Point plateau = new Travel.Point(45.5262, -73.5830);
        // 4.5 km north: 9 minutes at 30 km/h, counted 10.
        assertThat(travel.minutes(plateau, new Travel.Point(45.5667, -73.5830))).isEqualTo(10);
        assertThat(travel.minutes(plateau, plateau)).isZero();
        assertThat(Travel.roundUp(10.0000000001)).isEqualTo(10);
        assertThat(Travel.roundUp(10.01)).isEqualTo(15);
    }

    @Test
    void anUnknownPointCostsTheDefaultRoundedUp() {
        assertThat(travel.minutes(null, new Travel.Point(45.5, -73.6))).isEqualTo(15);
        assertThat(new Travel(new BookingPolicy.Travel(30, 12)).minutes(new Travel.Point(45.5, -73.6), null))
                .isEqualTo(15);
    }
}
