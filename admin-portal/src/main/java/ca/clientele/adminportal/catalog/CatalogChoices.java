package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.BranchDetails;
import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.StaffMember;
import ca.clientele.adminportal.bookingservice.Vaccine;
import ca.clientele.adminportal.web.Fallback;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the catalogue's forms choose from: branches, staff members, vaccines, services, and their
 * names for the lists. Each degrades to an empty list and a notice ({@code …Unavailable}).
 */
@Component
class CatalogChoices {

    private final CatalogClient catalog;

    CatalogChoices(CatalogClient catalog) {
        this.catalog = catalog;
    }

    void fill(Model model) {
        List<BranchDetails> branches =
                Fallback.optional("branches", () -> catalog.branches(true)).orElse(List.of());
        List<StaffMember> staff =
                Fallback.optional("staff", () -> catalog.staff(true)).orElse(List.of());
        List<Vaccine> vaccines =
                Fallback.optional("vaccines", catalog::vaccines).orElse(List.of());
        model.addAttribute("branchChoices", branches);
        model.addAttribute("staffChoices", staff);
        model.addAttribute("vaccineChoices", vaccines);
        model.addAttribute(
                "names",
                new Names(
                        names(branches, BranchDetails::id, BranchDetails::name),
                        names(staff, StaffMember::id, StaffMember::name),
                        vaccines.stream().collect(Collectors.toMap(Vaccine::code, Vaccine::label, (a, b) -> a))));
    }

    /** Names for the lists ("Montréal — Plateau, Laval"); an id nobody knows any more is shown as it is. */
    record Names(Map<UUID, String> branchNames, Map<UUID, String> staffNames, Map<String, String> vaccineNames) {

        public String branches(List<UUID> ids) {
            return join(ids, branchNames);
        }

        public String staff(List<UUID> ids) {
            return join(ids, staffNames);
        }

        public String vaccines(List<String> codes) {
            return join(codes, vaccineNames);
        }

        private static <K> String join(List<K> keys, Map<K, String> names) {
            return keys.stream()
                    .map(key -> names.getOrDefault(key, String.valueOf(key)))
                    .collect(Collectors.joining(", "));
        }
    }

    private static <T> Map<UUID, String> names(List<T> values, Function<T, UUID> id, Function<T, String> name) {
        return values.stream()
                .filter(value -> id.apply(value) != null && name.apply(value) != null)
                .collect(Collectors.toMap(id, name, (a, b) -> a));
    }
}
