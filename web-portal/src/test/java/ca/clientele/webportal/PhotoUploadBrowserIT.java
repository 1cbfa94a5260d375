package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/**
 * upload.js's photo form in Chromium ({@link BrowserIntegration}): the chosen image goes to the
 * document-service as a profile photo (the ids first, the file last) and takes the initials' place.
 */
class PhotoUploadBrowserIT extends BrowserIntegration {

    private static final String PHOTO_ID = "c3c3c3c3-3333-4333-8333-333333333333";

    @Test
    void aProfilePhotoIsSentStraightToTheDocumentServiceAndShownAtOnce() {
        accountPage(backend, RECORD, "[]");
        uploadAnswers.add("""
                {"id":"%s","clientId":"%s","purpose":"PROFILE_PHOTO","name":"moi.png","contentType":"image/png",
                 "size":68,"visibility":"CLIENT_VISIBLE","image":true}""".formatted(PHOTO_ID, FRANCIS_ID));

        page.navigate(BASE + "/compte");
        page.getByTestId("profile-photo-file").setInputFiles(new FilePayload("moi.png", "image/png", new byte[68]));
        page.getByTestId("profile-photo-send").click();

        PlaywrightAssertions.assertThat(page.getByTestId("profile-photo-status"))
                .hasText("Photo enregistrée.");
        assertThat(uploads)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .containsSubsequence(
                                "name=\"clientId\"",
                                FRANCIS_ID.toString(),
                                "name=\"purpose\"",
                                "PROFILE_PHOTO",
                                "name=\"file\"; filename=\"moi.png\"")
                        .doesNotContain("name=\"petId\""));
        // The initials in the header and the sidebar become the new photo's thumbnail.
        PlaywrightAssertions.assertThat(page.locator("header img[data-client-photo]"))
                .hasAttribute("src", "/api/documents/" + PHOTO_ID + "/thumbnail");
    }
}
