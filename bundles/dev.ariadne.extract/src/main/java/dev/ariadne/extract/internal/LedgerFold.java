package dev.ariadne.extract.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.ariadne.api.entities.Correction;
import dev.ariadne.api.entities.EntityType;

/**
 * The effect of the corrections in force on one stored mention: from its raw resolution (type and canonical name as
 * the extractors and the resolver gave them) to its current entity, or hidden. The current state of the case is
 * always this function of the raw state and the ledger, so applying, undoing and redoing a correction only
 * recomputes the mentions it can touch ({@link #touchedKeys}), and a document imported later gets the same treatment.
 *
 * <p>Pure functions; called by {@link EntityStore} inside its write transactions, on any thread.
 */
final class LedgerFold {

    /** A ledger entry: its sequence number and the correction. */
    record Entry(long seq, Correction correction) {
    }

    /**
     * A stored mention as the fold sees it.
     *
     * @param documentId its document
     * @param start its start
     * @param end its end
     * @param text its text
     * @param rawType the type before corrections
     * @param rawName the canonical name before corrections
     * @param addedBy the ledger sequence number of the AddMention that made it, or {@code null} when extracted
     */
    record Row(String documentId, int start, int end, String text, EntityType rawType, String rawName, Long addedBy) {
    }

    /** Where a mention ends up: its entity's type and canonical name. */
    record Outcome(EntityType type, String name) {
    }

    private LedgerFold() {
    }

    /** The key of a type and canonical name, as stored in {@code entity_mentions.raw_key}. */
    static String key(EntityType type, String name) {
        return type.name() + "|" + Names.key(name);
    }

    /**
     * Applies the corrections in force to a mention.
     *
     * @param ledger the corrections in force, oldest first
     * @param row the mention
     * @return its entity, or {@code null} when a correction hides it (deleted, replaced by a hand-made mention, or
     *         itself a hand-made mention whose correction is not in force)
     */
    static Outcome fold(List<Entry> ledger, Row row) {
        EntityType type = row.rawType();
        String name = row.rawName();
        long after = Long.MIN_VALUE;
        if (row.addedBy() != null) {
            Correction.AddMention add = null;
            for (Entry e : ledger) {
                if (e.seq() == row.addedBy() && e.correction() instanceof Correction.AddMention a) {
                    add = a;
                }
            }
            if (add == null) {
                return null;
            }
            type = add.mention().type();
            name = add.entityName();
            after = row.addedBy();
        }
        for (Entry e : ledger) {
            if (e.seq() <= after) {
                continue;
            }
            Correction c = e.correction();
            if (c instanceof Correction.Rename r) {
                if (same(type, name, r.type(), r.entityName())) {
                    name = r.newName();
                }
            } else if (c instanceof Correction.Retype r) {
                if (same(type, name, r.type(), r.entityName())) {
                    type = r.newType();
                }
            } else if (c instanceof Correction.Merge m) {
                if (type == m.type()) {
                    for (String other : m.others()) {
                        if (Names.key(other).equals(Names.key(name))) {
                            name = m.into();
                            break;
                        }
                    }
                }
            } else if (c instanceof Correction.Split s) {
                if (same(type, name, s.type(), s.entityName())) {
                    for (String alias : s.aliases()) {
                        if (Names.key(alias).equals(Names.key(row.text()))) {
                            name = s.newName();
                            break;
                        }
                    }
                }
            } else if (c instanceof Correction.Delete d) {
                if (same(type, name, d.type(), d.entityName())) {
                    return null;
                }
            } else if (c instanceof Correction.AddMention a) {
                if (row.addedBy() == null && a.mention().documentId().equals(row.documentId())
                        && a.mention().start() < row.end() && row.start() < a.mention().end()) {
                    return null;
                }
            }
        }
        return new Outcome(type, name);
    }

    private static boolean same(EntityType type, String name, EntityType otherType, String otherName) {
        return type == otherType && Names.key(name).equals(Names.key(otherName));
    }

    /**
     * The raw keys of the mentions whose outcome a correction may change, given the rest of the ledger: the keys it
     * reads, and every key that earlier corrections map onto one of those.
     */
    static Set<String> touchedKeys(Correction correction, List<Entry> ledger) {
        Set<String> keys = new HashSet<>();
        if (correction instanceof Correction.Rename r) {
            keys.add(key(r.type(), r.entityName()));
            keys.add(key(r.type(), r.newName()));
        } else if (correction instanceof Correction.Retype r) {
            keys.add(key(r.type(), r.entityName()));
        } else if (correction instanceof Correction.Merge m) {
            keys.add(key(m.type(), m.into()));
            m.others().forEach(o -> keys.add(key(m.type(), o)));
        } else if (correction instanceof Correction.Split s) {
            keys.add(key(s.type(), s.entityName()));
        } else if (correction instanceof Correction.Delete d) {
            keys.add(key(d.type(), d.entityName()));
        } else if (correction instanceof Correction.AddMention a) {
            keys.add(key(a.mention().type(), a.entityName()));
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Entry e : ledger) {
                Correction c = e.correction();
                if (c instanceof Correction.Rename r) {
                    if (keys.contains(key(r.type(), r.newName()))) {
                        grown |= keys.add(key(r.type(), r.entityName()));
                    }
                } else if (c instanceof Correction.Retype r) {
                    if (keys.contains(key(r.newType(), r.entityName()))) {
                        grown |= keys.add(key(r.type(), r.entityName()));
                    }
                } else if (c instanceof Correction.Merge m) {
                    if (keys.contains(key(m.type(), m.into()))) {
                        for (String o : m.others()) {
                            grown |= keys.add(key(m.type(), o));
                        }
                    }
                } else if (c instanceof Correction.Split s) {
                    if (keys.contains(key(s.type(), s.newName()))) {
                        grown |= keys.add(key(s.type(), s.entityName()));
                    }
                }
            }
        }
        return keys;
    }
}
