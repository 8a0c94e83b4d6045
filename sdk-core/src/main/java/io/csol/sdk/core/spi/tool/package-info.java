/**
 * The shared helper tool clients delegate their operations to ({@link
 * io.csol.sdk.core.spi.tool.ToolOperations}); for tool modules, not application code. It sits
 * above the pipeline and the client so that {@code spi} itself depends on neither.
 * {@code module-info} exports it to the SDK's tool modules only.
 */
package io.csol.sdk.core.spi.tool;
