package vn.congkhai.model;

/**
 * The typed data of a JSON disclosure, read after validation: a household list, a procedure, a budget, a table,
 * a reception schedule or a plan.
 */
public interface DisclosureData {
}
