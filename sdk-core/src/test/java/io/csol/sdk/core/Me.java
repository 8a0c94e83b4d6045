package io.csol.sdk.core;

/** A small response model for the tests. */
record Me(String userId, String name) {
}
