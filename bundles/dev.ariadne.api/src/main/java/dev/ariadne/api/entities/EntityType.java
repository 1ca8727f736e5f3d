package dev.ariadne.api.entities;

/** The kinds of entity Ariadne knows. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, DATE, QUANTITY, EMAIL, URL, PHONE, MISC
}
