package ca.clientele.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** A service's RFC 9457 problem, as the portal receives it, into the form's BindingResult. */
class ServiceFormsTest {

    record Address(String city, String postalCode) {}

    record AddressForm(Address billingAddress, long version) {}

    private final BindingResult form =
            new BeanPropertyBindingResult(new AddressForm(new Address("Montréal", "H2X 1K4"), 3), "addressForm");

    @Test
    void eachFieldMessageLandsOnItsFieldEvenNested() {
        ServiceForms.reject(
                form,
                new ServiceRejectedException(
                        "registry",
                        400,
                        "Invalid",
                        List.of(new FieldMessage("billingAddress.postalCode", "Code postal invalide"))));

        FieldError error = form.getFieldError("billingAddress.postalCode");
        assertThat(error).isNotNull();
        assertThat(error.getDefaultMessage()).isEqualTo("Code postal invalide");
        assertThat(error.getRejectedValue()).isEqualTo("H2X 1K4");
        assertThat(form.getGlobalErrors()).isEmpty();
    }

    @Test
    void aMessageForAFieldTheFormDoesNotHaveIsKeptAsAGlobalError() {
        ServiceForms.reject(
                form,
                new ServiceRejectedException(
                        "registry", 422, "Refused", List.of(new FieldMessage("reason", "Une raison est requise."))));

        assertThat(form.getFieldErrors()).isEmpty();
        assertThat(form.getGlobalErrors())
                .extracting(ObjectError::getDefaultMessage)
                .containsExactly("Une raison est requise.");
    }

    @Test
    void aRefusalWithoutFieldMessagesShowsItsDetail() {
        ServiceForms.reject(form, new ServiceRejectedException("registry", 422, "Ce client est banni.", List.of()));

        assertThat(form.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly(ServiceForms.REJECTED);
        assertThat(form.getGlobalError().getDefaultMessage()).isEqualTo("Ce client est banni.");
    }

    @Test
    void aConflictNamingNoFieldIsTheGlobalConflictError() {
        ServiceForms.reject(form, new ServiceConflictException("registry", "Version périmée", List.of()));

        assertThat(form.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly(ServiceForms.CONFLICT);
        assertThat(form.getFieldErrors()).isEmpty();
    }

    @Test
    void aConflictNamingAFieldIsAnErrorOfThatField() {
        ServiceForms.reject(
                form,
                new ServiceConflictException(
                        "registry", "Taken", List.of(new FieldMessage("billingAddress.city", "Déjà utilisée."))));

        assertThat(form.getFieldError("billingAddress.city").getDefaultMessage())
                .isEqualTo("Déjà utilisée.");
        assertThat(form.getGlobalErrors()).isEmpty();
    }

    @Test
    void theServiceIsNotCalledWhenTheFormAlreadyHasErrors() {
        form.rejectValue("version", "typeMismatch");

        assertThat(ServiceForms.submit(form, () -> {
                    throw new AssertionError("the service must not be called");
                }))
                .isEmpty();
    }

    @Test
    void anUnavailableServiceIsTheGlobalUnavailableError() {
        assertThat(ServiceForms.submit(form, () -> {
                    throw new ServiceUnavailableException("registry answered 503");
                }))
                .isEmpty();

        assertThat(form.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly(ServiceForms.UNAVAILABLE);
    }

    @Test
    void whatTheServiceSavedIsReturned() {
        assertThat(ServiceForms.submit(form, () -> "saved")).contains("saved");
        assertThat(form.hasErrors()).isFalse();
    }
}
