package io.csol.sdk.core.access;

/** Whether a profile belongs to a person (password sign-in) or a machine client (a job). */
public enum ProfileKind {
  /** A person signed in with a user name and password. */
  PERSON,
  /** A machine client signed in with client credentials. */
  MACHINE,
  /** A kind this SDK version does not know. */
  UNKNOWN
}
