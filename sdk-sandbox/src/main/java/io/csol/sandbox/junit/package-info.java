/**
 * JUnit 5 support: {@link io.csol.sandbox.junit.SandboxExtension} and the
 * {@link io.csol.sandbox.junit.CsolSandbox} annotation run a sandbox server per test class.
 */
package io.csol.sandbox.junit;
