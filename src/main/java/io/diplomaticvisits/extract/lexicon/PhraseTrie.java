package io.diplomaticvisits.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The finished trie of a {@link PhraseMatcher}, laid out flat: a node is an offset into one int array that holds,
 * from there, its number of children, where its entries begin and end, then its children as (char, node) pairs
 * sorted by char. Nodes are laid out breadth first, so the nodes near the root, which every lookup visits, lie
 * together. Immutable and safe to share.
 */
final class PhraseTrie<T> {

    static final int ROOT = 0;
    static final int NONE = -1;
    /** First characters below this bound are looked up in a table at the root; it covers Vietnamese letters. */
    private static final int ROOT_TABLE_SIZE = 0x2000;
    /** Nodes with at most this many children are searched in order, larger ones by halves. */
    private static final int LINEAR_SEARCH_MAX = 8;
    private static final int CHILD_COUNT = 0;
    private static final int ENTRIES_FROM = 1;
    private static final int ENTRIES_TO = 2;
    private static final int FIRST_CHILD = 3;

    /** One listed phrase at the node its key ends on. */
    record Entry<T>(String phrase, CasePolicy policy, T value) {
    }

    private final int[] cells;
    /** The entries of node {@code k}, in the order added, are {@code entries[cells[k + 1], cells[k + 2])}. */
    private final Entry<T>[] entries;
    private final int[] rootTable;

    private PhraseTrie(int[] cells, Entry<T>[] entries) {
        this.cells = cells;
        this.entries = entries;
        this.rootTable = new int[ROOT_TABLE_SIZE];
        Arrays.fill(rootTable, NONE);
        for (int e = FIRST_CHILD; e < FIRST_CHILD + 2 * cells[CHILD_COUNT]; e += 2) {
            if (cells[e] < ROOT_TABLE_SIZE) {
                rootTable[cells[e]] = cells[e + 1];
            }
        }
    }

    /** The child of {@code node} under {@code c}, or {@link #NONE}. */
    int child(int node, char c) {
        if (node == ROOT && c < ROOT_TABLE_SIZE) {
            return rootTable[c];
        }
        int count = cells[node + CHILD_COUNT];
        int first = node + FIRST_CHILD;
        if (count <= LINEAR_SEARCH_MAX) {
            for (int e = first, end = first + 2 * count; e < end; e += 2) {
                if (cells[e] == c) {
                    return cells[e + 1];
                }
            }
            return NONE;
        }
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int key = cells[first + 2 * mid];
            if (key < c) {
                low = mid + 1;
            } else if (key > c) {
                high = mid - 1;
            } else {
                return cells[first + 2 * mid + 1];
            }
        }
        return NONE;
    }

    boolean hasEntries(int node) {
        return cells[node + ENTRIES_FROM] < cells[node + ENTRIES_TO];
    }

    int entriesFrom(int node) {
        return cells[node + ENTRIES_FROM];
    }

    int entriesTo(int node) {
        return cells[node + ENTRIES_TO];
    }

    Entry<T> entry(int index) {
        return entries[index];
    }

    /** Collects keys while a matcher is built, then lays the trie out flat. */
    static final class Builder<T> {

        /** A node's children sorted by char, in two arrays that grow as needed: most nodes have one child. */
        private static final class Node<T> {
            char[] keys = new char[1];
            @SuppressWarnings("unchecked")
            Node<T>[] children = new Node[1];
            int size;
            /** Where the node begins in the flat layout, once {@link #build} has placed it. */
            int offset;
            /** Null until a key ends here: most nodes are inside keys. */
            List<Entry<T>> entries;

            Node<T> childOrNew(char c) {
                int low = 0;
                int high = size - 1;
                while (low <= high) {
                    int mid = (low + high) >>> 1;
                    if (keys[mid] < c) {
                        low = mid + 1;
                    } else if (keys[mid] > c) {
                        high = mid - 1;
                    } else {
                        return children[mid];
                    }
                }
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    children = Arrays.copyOf(children, size * 2);
                }
                System.arraycopy(keys, low, keys, low + 1, size - low);
                System.arraycopy(children, low, children, low + 1, size - low);
                Node<T> child = new Node<>();
                keys[low] = c;
                children[low] = child;
                size++;
                return child;
            }
        }

        private final Node<T> root = new Node<>();

        void add(String key, Entry<T> entry) {
            Node<T> node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.childOrNew(key.charAt(i));
            }
            if (node.entries == null) {
                node.entries = new ArrayList<>(1);
            }
            node.entries.add(entry);
        }

        @SuppressWarnings("unchecked")
        PhraseTrie<T> build() {
            List<Node<T>> order = new ArrayList<>();
            order.add(root);
            for (int next = 0; next < order.size(); next++) {
                Node<T> node = order.get(next);
                for (int k = 0; k < node.size; k++) {
                    order.add(node.children[k]);
                }
            }
            int size = 0;
            for (Node<T> node : order) {
                node.offset = size;
                size += FIRST_CHILD + 2 * node.size;
            }
            int[] cells = new int[size];
            List<Entry<T>> flatEntries = new ArrayList<>();
            for (Node<T> node : order) {
                int at = node.offset;
                cells[at + CHILD_COUNT] = node.size;
                cells[at + ENTRIES_FROM] = flatEntries.size();
                if (node.entries != null) {
                    flatEntries.addAll(node.entries);
                }
                cells[at + ENTRIES_TO] = flatEntries.size();
                for (int k = 0; k < node.size; k++) {
                    cells[at + FIRST_CHILD + 2 * k] = node.keys[k];
                    cells[at + FIRST_CHILD + 2 * k + 1] = node.children[k].offset;
                }
            }
            return new PhraseTrie<>(cells, flatEntries.toArray(new Entry[0]));
        }
    }
}
