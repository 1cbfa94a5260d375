package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.BISCUIT;
import static ca.clientele.webportal.AccountFixtures.BISCUIT_ID;
import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.AccountFixtures.record;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Profile and pet photos: the header and sidebar show the registry's photo reference as the
 * document-service's thumbnail (initials without one), and Détails du compte offers the uploads
 * that go from the browser straight to the document-service (the portal's own script, no CDN).
 */
class PhotosIT extends PortalIntegration {

    private static final String PHOTO_ID = "5f4e3d2c-1b0a-4987-8654-3210fedcba98";
    private static final String PET_PHOTO_ID = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";

    @Test
    void withAPhotoTheHeaderAndSidebarShowItsThumbnail() throws Exception {
        accountPage(backend, record("\"bio\":", "\"photoReference\":\"" + PHOTO_ID + "\",\"bio\":"), "[]");

        Document page = page(get("/compte"), HttpStatus.OK);

        String thumbnail = "/api/documents/" + PHOTO_ID + "/thumbnail";
        Element header = testId(page, "header-photo");
        assertThat(header.attr("src")).isEqualTo(thumbnail);
        assertThat(header.attr("alt")).isEqualTo("Photo de profil de Francis M.");
        assertThat(testId(page, "avatar-photo").attr("src")).isEqualTo(thumbnail);
        assertThat(testId(page, "account-photo").attr("src")).isEqualTo(thumbnail);
        assertThat(page.select("[data-testid=avatar], [data-testid=account-avatar]"))
                .isEmpty();

        Document english = page(get("/compte").param("lang", "en"), HttpStatus.OK);
        assertThat(testId(english, "header-photo").attr("alt")).isEqualTo("Profile photo of Francis M.");
    }

    @Test
    void withoutAPhotoTheInitialsStandIn() throws Exception {
        accountPage(backend, RECORD, "[]");

        Document page = page(get("/compte"), HttpStatus.OK);

        assertThat(testId(page, "avatar").text()).isEqualTo("FM");
        assertThat(testId(page, "account-avatar").text()).isEqualTo("FM");
        assertThat(page.select("img[data-client-photo]")).isEmpty();
    }

    @Test
    void theProfilePhotoUploadGoesToTheDocumentServiceWithAProgressAndALiveStatus() throws Exception {
        accountPage(backend, RECORD, "[]");

        Document page = page(get("/compte"), HttpStatus.OK);

        Element upload = testId(page, "profile-photo-upload");
        assertThat(upload.hasAttr("data-upload")).isTrue();
        assertThat(upload.attr("data-purpose")).isEqualTo("PROFILE_PHOTO");
        assertThat(upload.attr("data-client-id")).isEqualTo(FRANCIS_ID.toString());
        assertThat(upload.hasAttr("data-pet-id")).isFalse();
        assertThat(upload.attr("data-targets")).isEqualTo("[data-client-photo]");
        Element file = testId(upload, "profile-photo-file");
        assertThat(file.attr("type")).isEqualTo("file");
        assertThat(file.attr("accept")).isEqualTo("image/jpeg,image/png,image/gif");
        assertThat(upload.selectFirst("label[for=profile-photo-file]").text())
                .isEqualTo("Choisir une nouvelle photo de profil");
        assertThat(testId(upload, "profile-photo-progress").tagName()).isEqualTo("progress");
        Element status = testId(upload, "profile-photo-status");
        assertThat(status.attr("aria-live")).isEqualTo("polite");
        assertThat(status.attr("role")).isEqualTo("status");
        assertThat(upload.attr("data-msg-done")).isEqualTo("Photo enregistrée.");
        // The script is the portal's own, served from this origin (the CSP allows no other).
        assertThat(page.select("script[src=/js/upload.js]")).hasSize(1);
        assertThat(page.select("script[src^=http]")).isEmpty();
    }

    @Test
    void eachPetShowsItsPhotoAndOffersItsOwnUpload() throws Exception {
        String withPhoto = BISCUIT.replace("\"doc-4f2a\"", "\"" + PET_PHOTO_ID + "\"");
        String pistache = """
                {"id":"5e7a9c1b-3d2f-4a6b-8c0d-1e2f3a4b5c6d","name":"Pistache","species":"CAT","sex":"MALE",
                 "neutered":false,"photoReference":"doc-ancien","archived":false,"version":0}
                """;
        accountPage(backend, RECORD, "[" + withPhoto + "," + pistache + "]");

        Document page = page(get("/compte"), HttpStatus.OK);

        Element biscuit = page.selectFirst("[data-pet-id=" + BISCUIT_ID + "]");
        Element photo = testId(biscuit, "pet-photo");
        assertThat(photo.attr("src")).isEqualTo("/api/documents/" + PET_PHOTO_ID + "/thumbnail");
        assertThat(photo.attr("alt")).isEqualTo("Photo de Biscuit");
        Element upload = testId(biscuit, "pet-" + BISCUIT_ID + "-photo-upload");
        assertThat(upload.attr("data-purpose")).isEqualTo("PET_PHOTO");
        assertThat(upload.attr("data-pet-id")).isEqualTo(BISCUIT_ID);
        assertThat(upload.attr("data-client-id")).isEqualTo(FRANCIS_ID.toString());
        assertThat(upload.attr("data-targets")).isEqualTo("[data-pet-photo=\"" + BISCUIT_ID + "\"]");
        assertThat(upload.selectFirst("label").text()).isEqualTo("Choisir une photo de Biscuit");
        // A reference from before the document-service names no document: no broken image.
        Element other = page.selectFirst("[data-pet-id=5e7a9c1b-3d2f-4a6b-8c0d-1e2f3a4b5c6d]");
        assertThat(other.select("img")).isEmpty();
    }

    @Test
    void theUploadScriptSendsTheFileStraightToTheDocumentServiceWithTheCsrfHeader() throws Exception {
        String script = mvc.perform(get("/js/upload.js").with(Pages.client()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(script)
                .contains("xhr.open('POST', '/api/documents')")
                .contains("setRequestHeader('X-XSRF-TOKEN'")
                .contains("XSRF-TOKEN=")
                .contains("xhr.upload.addEventListener('progress'");
        // Parts in the order the service streams them: ids and purpose first (in the order of the
        // fields object, for a photo and for a message's attachment), the file last.
        assertThat(script.indexOf("data.append(name, fields[name])")).isLessThan(script.indexOf("data.append('file'"));
        assertThat(script.indexOf("clientId: form.getAttribute"))
                .isLessThan(script.indexOf("purpose: form.getAttribute"))
                .isLessThan(script.indexOf("petId: form.getAttribute"));
        assertThat(script.indexOf("clientId: box.getAttribute"))
                .isLessThan(script.indexOf("purpose: 'ATTACHMENT'"))
                .isLessThan(script.indexOf("ticketId: box.getAttribute"));
    }
}
