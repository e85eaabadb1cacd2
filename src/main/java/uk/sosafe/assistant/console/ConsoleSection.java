package uk.sosafe.assistant.console;

import java.util.Set;

import uk.sosafe.assistant.staff.Role;

/**
 * One entry of the console's navigation: shown to staff with any of its roles, in order. Pages of other
 * features (surveys, campaigns) add theirs as beans.
 *
 * @param label what the link says
 * @param path where it goes; it is the current entry on this path and below
 * @param order place in the navigation, lowest first
 * @param roles who sees it
 */
record ConsoleSection(String label, String path, int order, Set<Role> roles) {
}
