package io.diplomaticvisits.extract.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finished trie of a {@link PhraseMatcher}: nodes are numbers, numbered breadth first so that the nodes near
 * the root, which every lookup visits, lie together in a few flat arrays. Immutable and safe to share.
 */
final class PhraseTrie<T> {

    static final int ROOT = 0;
    static final int NONE = -1;
    /** First characters below this bound are looked up in a table at the root; it covers Vietnamese letters. */
    private static final int ROOT_TABLE_SIZE = 0x2000;
    /** Nodes with at most this many children are searched in order, larger ones by halves. */
    private static final int LINEAR_SEARCH_MAX = 8;

    /** One listed phrase at the node its key ends on. */
    record Entry<T>(String phrase, CasePolicy policy, T value) {
    }

    /** The children of node {@code k} are {@code edgeChar/edgeTarget[edgeStart[k], edgeStart[k + 1])}, by char. */
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    /** The entries of node {@code k} are {@code entries[entryStart[k], entryStart[k + 1])}, in the order added. */
    private final int[] entryStart;
    private final Entry<T>[] entries;
    private final int[] rootTable;

    private PhraseTrie(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] entryStart, Entry<T>[] entries) {
        this.edgeStart = edgeStart;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.entryStart = entryStart;
        this.entries = entries;
        this.rootTable = new int[ROOT_TABLE_SIZE];
        Arrays.fill(rootTable, NONE);
        for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
            if (edgeChar[e] < ROOT_TABLE_SIZE) {
                rootTable[edgeChar[e]] = edgeTarget[e];
            }
        }
    }

    /** The child of {@code node} under {@code c}, or {@link #NONE}. */
    int child(int node, char c) {
        if (node == ROOT && c < ROOT_TABLE_SIZE) {
            return rootTable[c];
        }
        int from = edgeStart[node];
        int to = edgeStart[node + 1];
        if (to - from <= LINEAR_SEARCH_MAX) {
            for (int e = from; e < to; e++) {
                if (edgeChar[e] == c) {
                    return edgeTarget[e];
                }
            }
            return NONE;
        }
        int at = Arrays.binarySearch(edgeChar, from, to, c);
        return at >= 0 ? edgeTarget[at] : NONE;
    }

    boolean hasEntries(int node) {
        return entryStart[node] < entryStart[node + 1];
    }

    int entriesFrom(int node) {
        return entryStart[node];
    }

    int entriesTo(int node) {
        return entryStart[node + 1];
    }

    Entry<T> entry(int index) {
        return entries[index];
    }

    /** Collects keys while a matcher is built, then lays the trie out flat. */
    static final class Builder<T> {

        private static final class Node<T> {
            final Map<Character, Node<T>> next = new HashMap<>(4);
            final List<Entry<T>> entries = new ArrayList<>(1);
        }

        private final Node<T> root = new Node<>();

        void add(String key, Entry<T> entry) {
            Node<T> node = root;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new Node<>());
            }
            node.entries.add(entry);
        }

        @SuppressWarnings("unchecked")
        PhraseTrie<T> build() {
            List<Node<T>> order = new ArrayList<>();
            Map<Node<T>, Integer> ids = new HashMap<>();
            ArrayDeque<Node<T>> queue = new ArrayDeque<>();
            queue.add(root);
            while (!queue.isEmpty()) {
                Node<T> node = queue.poll();
                ids.put(node, order.size());
                order.add(node);
                for (char c : sortedKeys(node)) {
                    queue.add(node.next.get(c));
                }
            }
            int n = order.size();
            int[] edgeStart = new int[n + 1];
            int[] entryStart = new int[n + 1];
            List<Character> chars = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            List<Entry<T>> flatEntries = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Node<T> node = order.get(k);
                edgeStart[k] = chars.size();
                entryStart[k] = flatEntries.size();
                for (char c : sortedKeys(node)) {
                    chars.add(c);
                    targets.add(ids.get(node.next.get(c)));
                }
                flatEntries.addAll(node.entries);
            }
            edgeStart[n] = chars.size();
            entryStart[n] = flatEntries.size();
            char[] edgeChar = new char[chars.size()];
            int[] edgeTarget = new int[targets.size()];
            for (int e = 0; e < edgeChar.length; e++) {
                edgeChar[e] = chars.get(e);
                edgeTarget[e] = targets.get(e);
            }
            return new PhraseTrie<>(edgeStart, edgeChar, edgeTarget, entryStart, flatEntries.toArray(new Entry[0]));
        }

        private static char[] sortedKeys(Node<?> node) {
            char[] keys = new char[node.next.size()];
            int i = 0;
            for (char c : node.next.keySet()) {
                keys[i++] = c;
            }
            Arrays.sort(keys);
            return keys;
        }
    }
}
