package app.resa.contacts;

import org.jspecify.annotations.Nullable;

/** What is written on a contact's card: names, how to reach them, where, and their company ids. */
public record ContactDetails(@Nullable String firstName, @Nullable String lastName, @Nullable String companyName,
                             @Nullable String email, @Nullable String phone, @Nullable String street,
                             @Nullable String postalCode, @Nullable String city, @Nullable String country,
                             @Nullable String language, @Nullable String registrationNumber,
                             @Nullable String vatNumber, @Nullable String notes) {

    /** Blank strings are stored as nulls, so "no e-mail" has one representation. */
    public ContactDetails {
        firstName = clean(firstName);
        lastName = clean(lastName);
        companyName = clean(companyName);
        email = clean(email);
        phone = clean(phone);
        street = clean(street);
        postalCode = clean(postalCode);
        city = clean(city);
        country = clean(country);
        language = clean(language);
        registrationNumber = clean(registrationNumber);
        vatNumber = clean(vatNumber);
        notes = clean(notes);
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
