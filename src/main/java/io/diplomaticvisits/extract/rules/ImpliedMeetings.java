package io.diplomaticvisits.extract.rules;

import io.diplomaticvisits.extract.mention.PersonMention;
import io.diplomaticvisits.extract.model.VisitType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Meetings no word of the sentence names, read as meeting triggers so that the engagement rule finds their sides:
 * <ul>
 *   <li>discussing together with persons named right after "cùng" ("Thủ tướng X cùng Thủ tướng Ấn Độ Y trao đổi về
 *   ..."): the trigger is "cùng", the persons after it are the counterparts, the subject before it the other side;
 *   <li>signing something with a foreign person ("ký Bản ghi nhớ ... với Bộ trưởng Ngoại giao Y", "signed two
 *   agreements with Minister Y"): the trigger is the signing word, the person after "với"/"with" the counterpart.
 * </ul>
 * Stateless.
 */
final class ImpliedMeetings {

    /** What may join the persons after "cùng" into one list. */
    private static final Set<String> PERSON_JOINS = Set.of(",", "và", ", và");
    /** What names the other side of a signing: "với", "with". */
    private static final List<String> SIGNED_WITH = List.of(" với", " with");
    /** How far the subject may stand before "cùng" ("X cũng cùng", "X đã cùng"). */
    private static final int SUBJECT_GAP = 12;
    /** How far the discussion word may stand after the last person ("Y đã trao đổi", "Y cũng thảo luận"). */
    private static final int VERB_GAP = 10;
    /** How far after the signing word its "với"/"with" may stand ("ký Bản ghi nhớ về hợp tác kinh tế số với"). */
    private static final int SIGNED_OBJECT_GAP = 60;

    private ImpliedMeetings() {
    }

    /** The sentence's triggers with a meeting trigger added for each implied meeting, in text order. */
    static List<Trigger> triggersOf(SentenceFacts s) {
        List<Trigger> added = new ArrayList<>();
        for (Cue cue : s.cues()) {
            boolean implied = cue.kind().equals("JOINT") && isJointDiscussion(s, cue)
                    || cue.kind().equals("SIGNED") && isSigningWithForeignPerson(s, cue);
            if (implied) {
                added.add(new Trigger(cue.start(), cue.end(), VisitType.MEETING, TriggerForm.ENGAGE));
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

    /**
     * "ký ... với <person>": the first person after the signing word, right behind its "với"/"with", not Vietnamese
     * (one of unknown country is of the sentence's foreign side, as the engagement rule reads it).
     */
    private static boolean isSigningWithForeignPerson(SentenceFacts s, Cue signed) {
        for (PersonMention p : s.persons()) {
            if (p.start() < signed.end()) {
                continue;
            }
            String gap = " " + VisitRules.withoutTitlesAndCountries(s, signed.end(), p.start());
            boolean withRightBefore = SIGNED_WITH.stream().anyMatch(gap::endsWith);
            return withRightBefore && gap.length() <= SIGNED_OBJECT_GAP && !VisitRules.VIETNAM.equals(p.country())
                    && noTriggerBetween(s, signed.start(), p.start());
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

    /** A trigger already inside the phrase ("cùng Y hội đàm", "ký ... trong cuộc hội đàm với Y") tells the encounter. */
    private static boolean noTriggerBetween(SentenceFacts s, int from, int to) {
        return s.triggers().stream().noneMatch(t -> t.start() >= from && t.end() <= to);
    }
}
