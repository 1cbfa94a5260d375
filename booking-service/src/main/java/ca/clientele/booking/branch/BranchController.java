package ca.clientele.booking.branch;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/branches")
class BranchController {

    private final Branches branches;

    BranchController(Branches branches) {
        this.branches = branches;
    }

    /** Open branches, for choosing where to book; staff may include closed ones (the flag is ignored for clients). */
    @GetMapping
    List<BranchView> list(
            @RequestParam(defaultValue = "false") boolean includeInactive, @Parameter(hidden = true) Caller caller) {
        return branches.list(includeInactive && caller.isStaff());
    }

    @GetMapping("/{id}")
    BranchView one(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return branches.one(id, caller.isStaff());
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created, with its Location")
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<BranchView> open(@Valid @RequestBody NewBranch request) {
        BranchView branch = branches.open(request);
        return ResponseEntity.created(URI.create("/api/branches/" + branch.id()))
                .body(branch);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('admin')")
    BranchView change(@PathVariable UUID id, @Valid @RequestBody BranchChanges changes) {
        return branches.change(id, changes);
    }

    /** Replaces the weekly opening hours (0..n ranges a weekday; none = closed that day). */
    @PutMapping("/{id}/hours")
    @PreAuthorize("hasRole('admin')")
    BranchView changeHours(@PathVariable UUID id, @Valid @RequestBody HoursChange change) {
        return branches.changeHours(id, change);
    }

    @GetMapping("/{id}/closures")
    List<ClosureView> closures(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return branches.closures(id, caller.isStaff());
    }

    @PostMapping("/{id}/closures")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('admin')")
    ClosureView close(@PathVariable UUID id, @Valid @RequestBody NewClosure request) {
        return branches.close(id, request);
    }

    @DeleteMapping("/{id}/closures/{closureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('admin')")
    void reopen(@PathVariable UUID id, @PathVariable UUID closureId) {
        branches.reopen(id, closureId);
    }
}
