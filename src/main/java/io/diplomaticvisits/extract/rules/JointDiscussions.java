package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.model.VisitType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * "Thủ tướng X cùng Thủ tướng Đức Y trao đổi về ...": a person who discusses something together with persons named
 * right after "cùng" meets them, though no word of the sentence names a meeting. Such a phrase is read as a meeting
 * trigger on "cùng", so that the engagement rule finds the persons after it as counterparts and the subject before
 * it as the other side. Stateless.
 */
final class JointDiscussions {

    /** What may join the persons after "cùng" into one list. */
    private static final Set<String> PERSON_JOINS = Set.of(",", "và", ", và");
    /** How far the subject may stand before "cùng" ("X cũng cùng", "X đã cùng"). */
    private static final int SUBJECT_GAP = 12;
    /** How far the discussion word may stand after the last person ("Y đã trao đổi", "Y cũng thảo luận"). */
    private static final int VERB_GAP = 10;

    private JointDiscussions() {
    }

    /** The sentence's triggers with a meeting trigger added for each joint discussion, in text order. */
    static List<Trigger> triggersOf(SentenceFacts s) {
        List<Trigger> added = new ArrayList<>();
        for (Cue joint : s.cues()) {
            if (joint.kind().equals("JOINT") && isJointDiscussion(s, joint)) {
                added.add(new Trigger(joint.start(), joint.end(), VisitType.MEETING, TriggerForm.ENGAGE));
            }
        }
        if (added.isEmpty()) {
            return s.triggers();
        }
        List<Trigger> out = new ArrayList<>(s.triggers());
        out.addAll(added);
        out.sort(Comparator.comparingInt(Trigger::start));
        return out;
    }

    private static boolean isJointDiscussion(SentenceFacts s, Cue joint) {
        if (!hasSubjectBefore(s, joint.start())) {
            return false;
        }
        int listEnd = personListEnd(s, joint.end());
        if (listEnd < 0) {
            return false;
        }
        for (Cue verb : s.cues()) {
            if (verb.kind().equals("DISCUSS") && verb.start() >= listEnd
                    && s.gap(listEnd, verb.start()).length() <= VERB_GAP) {
                return noTriggerBetween(s, joint.start(), verb.end());
            }
        }
        return false;
    }

    private static boolean hasSubjectBefore(SentenceFacts s, int at) {
        for (PersonMention p : s.persons()) {
            if (p.end() <= at && s.gap(p.end(), at).length() <= SUBJECT_GAP) {
                return true;
            }
        }
        return false;
    }

    /** Where the persons listed right after {@code from} end, or -1 when no person follows right there. */
    private static int personListEnd(SentenceFacts s, int from) {
        int cursor = -1;
        for (PersonMention p : s.persons()) {
            if (p.start() < from) {
                continue;
            }
            if (cursor < 0 && VisitRules.withoutTitlesAndCountries(s, from, p.start()).isEmpty()) {
                cursor = p.end();
            } else if (cursor >= 0 && PERSON_JOINS.contains(s.gap(cursor, p.start()))) {
                cursor = p.end();
            } else {
                break;
            }
        }
        return cursor;
    }

    /** A trigger already inside the phrase ("cùng Y hội đàm") tells the encounter itself. */
    private static boolean noTriggerBetween(SentenceFacts s, int from, int to) {
        return s.triggers().stream().noneMatch(t -> t.start() >= from && t.end() <= to);
    }
}
