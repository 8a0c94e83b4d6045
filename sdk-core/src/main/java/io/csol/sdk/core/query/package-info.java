/**
 * Typed query builders that compile to the csol query language ({@code filter}, {@code sort},
 * {@code fields}, {@code limit}) defined in {@code docs/query-language.md}.
 *
 * <p>Tool modules declare their searchable fields as constants, for example
 * {@code TextField.<Invoice>of("number").asSortable()} (the type argument ties a field to its
 * collection, so a field of another collection does not compile in a query), and extend
 * {@link io.csol.sdk.core.query.SearchRequest}.
 * Every value is written as one literal of the language (strings are quoted with {@code ''}
 * doubling), so no value can change the structure of a filter.
 */
package io.csol.sdk.core.query;
