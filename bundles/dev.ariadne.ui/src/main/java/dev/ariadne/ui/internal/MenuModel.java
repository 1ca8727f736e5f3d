package dev.ariadne.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The menu bar as a tree, computed from the command contributions: top menus in the Eclipse order (File, Edit, View,
 * the others by name, Window, Help), submenus from the {@code /}-separated paths, items by {@code order} then label,
 * and a separator wherever the hundreds of {@code order} change. Pure; the UI thread renders it.
 */
final class MenuModel {

    /** The Window menu, which always exists because it holds Show View. */
    static final String WINDOW = "Window";

    /** An entry of a menu. */
    sealed interface Entry permits Item, Submenu, Separator {
    }

    /** A command's menu item. */
    record Item(CommandContribution command) implements Entry {
    }

    /** A cascading submenu. */
    record Submenu(String name, List<Entry> entries) implements Entry {
    }

    /** A separator line. */
    record Separator() implements Entry {
    }

    /** A top-level menu of the menu bar. */
    record Menu(String name, List<Entry> entries) {
    }

    private MenuModel() {
    }

    /** Builds the menu bar for these commands; the Window menu is always present, other menus only when not empty. */
    static List<Menu> build(Collection<CommandContribution> commands) {
        Node root = new Node("", 0);
        root.child(WINDOW);
        for (CommandContribution command : commands) {
            Node node = root;
            for (String segment : command.menu().split("/")) {
                String name = segment.trim();
                if (!name.isEmpty()) {
                    node = node.child(name);
                }
            }
            if (node == root) {
                node = root.child("Tools");
            }
            node.commands.add(command);
        }
        List<Node> tops = new ArrayList<>(root.children.values());
        tops.sort(Comparator.comparingInt((Node n) -> topRank(n.name)).thenComparing(n -> plain(n.name)));
        List<Menu> menus = new ArrayList<>();
        for (Node top : tops) {
            menus.add(new Menu(top.name, top.entries()));
        }
        return menus;
    }

    /** Where a top-level menu goes: File, Edit, View first, Window and Help last, the others between by name. */
    static int topRank(String name) {
        return switch (plain(name).toLowerCase(Locale.ROOT)) {
            case "file" -> 0;
            case "edit" -> 1;
            case "view" -> 2;
            case "window" -> 8;
            case "help" -> 9;
            default -> 5;
        };
    }

    /** The name without mnemonic markers. */
    static String plain(String name) {
        return name.replace("&", "");
    }

    /** The name with a mnemonic on its first letter unless it already has one. */
    static String withMnemonic(String name) {
        return name.contains("&") ? name : "&" + name;
    }

    private static final class Node {
        final String name;
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<CommandContribution> commands = new ArrayList<>();

        Node(String name, int depth) {
            this.name = name;
        }

        Node child(String childName) {
            String key = plain(childName).toLowerCase(Locale.ROOT);
            return children.computeIfAbsent(key, k -> new Node(childName, 0));
        }

        int minOrder() {
            int min = Integer.MAX_VALUE;
            for (CommandContribution c : commands) {
                min = Math.min(min, c.order());
            }
            for (Node n : children.values()) {
                min = Math.min(min, n.minOrder());
            }
            return min == Integer.MAX_VALUE ? 100 : min;
        }

        List<Entry> entries() {
            record Sorted(int order, String label, Entry entry) {
            }
            List<Sorted> sorted = new ArrayList<>();
            for (CommandContribution c : commands) {
                sorted.add(new Sorted(c.order(), c.plainLabel(), new Item(c)));
            }
            for (Node n : children.values()) {
                sorted.add(new Sorted(n.minOrder(), plain(n.name), new Submenu(n.name, n.entries())));
            }
            sorted.sort(Comparator.comparingInt(Sorted::order).thenComparing(Sorted::label, String.CASE_INSENSITIVE_ORDER));
            List<Entry> result = new ArrayList<>();
            int group = Integer.MIN_VALUE;
            for (Sorted s : sorted) {
                int g = Math.floorDiv(s.order, 100);
                if (!result.isEmpty() && g != group) {
                    result.add(new Separator());
                }
                group = g;
                result.add(s.entry);
            }
            return result;
        }
    }
}
