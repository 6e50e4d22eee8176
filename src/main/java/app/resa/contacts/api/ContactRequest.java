package app.resa.contacts.api;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import app.resa.contacts.Contact;
import app.resa.contacts.ContactDetails;

/** A contact as written by an integrator or a screen; the same record validates both. */
public record ContactRequest(
        @NotNull Contact.Kind kind,
        @Nullable UUID contactTypeId,
        @Size(max = 100) @Nullable String firstName,
        @Size(max = 100) @Nullable String lastName,
        @Size(max = 200) @Nullable String companyName,
        @Email @Size(max = 254) @Nullable String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ().-]{4,30}$", message = "must be a phone number") @Nullable String phone,
        @Size(max = 200) @Nullable String street,
        @Size(max = 20) @Nullable String postalCode,
        @Size(max = 100) @Nullable String city,
        @Pattern(regexp = "^$|^[A-Z]{2}$", message = "must be an ISO 3166 country code such as FR") @Nullable String country,
        @Pattern(regexp = "^$|^(en|fr|ru|bg|ar)$", message = "must be one of en, fr, ru, bg, ar") @Nullable String language,
        @Size(max = 50) @Nullable String registrationNumber,
        @Size(max = 50) @Nullable String vatNumber,
        @Size(max = 2000) @Nullable String notes) {

    public ContactDetails details() {
        return new ContactDetails(firstName, lastName, companyName, email, phone, street, postalCode, city, country,
                language, registrationNumber, vatNumber, notes);
    }

    public static ContactRequest of(Contact contact) {
        var d = contact.details();
        return new ContactRequest(contact.kind(), contact.contactTypeId(), d.firstName(), d.lastName(),
                d.companyName(), d.email(), d.phone(), d.street(), d.postalCode(), d.city(), d.country(),
                d.language(), d.registrationNumber(), d.vatNumber(), d.notes());
    }
}
