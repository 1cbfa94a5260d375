package ca.clientele.adminportal.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A canned reply as staff write it, in French and in English (bodies in the rich-text editor). */
record CannedReplyForm(
        @NotBlank @Size(max = 150) String titleFr,
        @NotBlank @Size(max = 150) String titleEn,
        @NotBlank @Size(max = 20000) String bodyFr,
        @NotBlank @Size(max = 20000) String bodyEn,
        long version) {

    static CannedReplyForm blank() {
        return new CannedReplyForm(null, null, null, null, 0);
    }

    static CannedReplyForm of(CannedReply reply) {
        return new CannedReplyForm(reply.titleFr(), reply.titleEn(), reply.bodyFr(), reply.bodyEn(), reply.version());
    }

    SettingsClient.CannedReplyBody toBody() {
        return new SettingsClient.CannedReplyBody(titleFr, titleEn, bodyFr, bodyEn, version);
    }
}
