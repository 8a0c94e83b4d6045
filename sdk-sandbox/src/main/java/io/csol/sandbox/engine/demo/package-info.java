/**
 * A small deterministic demo resource for tests of the engine and the server's paging at scale.
 */
package io.csol.sandbox.engine.demo;
