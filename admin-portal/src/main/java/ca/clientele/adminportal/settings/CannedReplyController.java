package ca.clientele.adminportal.settings;

import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceNotFoundException;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Canned replies ("Réponses enregistrées"): saved answers in French and English that staff insert
 * in a ticket's reply editor. Create, edit, and take out of use (deleted at the service; the
 * messages already sent with one keep their text).
 */
@Controller
class CannedReplyController {

    private final SettingsClient settings;

    CannedReplyController(SettingsClient settings) {
        this.settings = settings;
    }

    @GetMapping("/settings/canned-replies")
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("replies", settings.cannedReplies());
        model.addAttribute("done", done);
        return "settings/canned-replies";
    }

    @GetMapping("/settings/canned-replies/new")
    String create(Model model) {
        model.addAttribute("cannedReplyForm", CannedReplyForm.blank());
        return "settings/canned-reply";
    }

    @PostMapping("/settings/canned-replies")
    Object add(@Valid @ModelAttribute CannedReplyForm cannedReplyForm, BindingResult binding) {
        return ServiceForms.submit(binding, () -> settings.addCannedReply(cannedReplyForm.toBody()))
                .<Object>map(added -> SeeOther.to("/settings/canned-replies?done=added"))
                .orElse("settings/canned-reply");
    }

    @GetMapping("/settings/canned-replies/{id}")
    String edit(@PathVariable UUID id, Model model) {
        CannedReply reply = find(id);
        model.addAttribute("cannedReplyForm", CannedReplyForm.of(reply));
        return page(reply, model);
    }

    @PostMapping("/settings/canned-replies/{id}")
    Object change(
            @PathVariable UUID id,
            @Valid @ModelAttribute CannedReplyForm cannedReplyForm,
            BindingResult binding,
            Model model) {
        return ServiceForms.submit(binding, () -> settings.changeCannedReply(id, cannedReplyForm.toBody()))
                .<Object>map(changed -> SeeOther.to("/settings/canned-replies?done=saved"))
                .orElseGet(() -> page(find(id), model));
    }

    /** "Retirer": the reply is no longer offered; refused (stale version), its page says why. */
    @PostMapping("/settings/canned-replies/{id}/delete")
    Object delete(@PathVariable UUID id, @ModelAttribute Deletion deletion, BindingResult binding, Model model) {
        return ServiceForms.submit(binding, () -> {
                    settings.deleteCannedReply(id, deletion.version());
                    return true;
                })
                .<Object>map(deleted -> SeeOther.to("/settings/canned-replies?done=deleted"))
                .orElseGet(() -> {
                    CannedReply reply = find(id);
                    model.addAttribute("cannedReplyForm", CannedReplyForm.of(reply));
                    return page(reply, model);
                });
    }

    /** A reply's page: its form, and its removal sent with the version it was shown with. */
    private static String page(CannedReply reply, Model model) {
        model.addAttribute("reply", reply);
        if (!model.containsAttribute("deletion")) {
            model.addAttribute("deletion", new Deletion(reply.version()));
        }
        return "settings/canned-reply";
    }

    /** "Retirer" sends only the version the page showed. */
    record Deletion(long version) {}

    private CannedReply find(UUID id) {
        return settings.cannedReplies().stream()
                .filter(reply -> id.equals(reply.id()))
                .findFirst()
                .orElseThrow(() -> new ServiceNotFoundException("tickets"));
    }
}
