package org.dyad.ingest.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small language identifier for news text, enough to tell English from the rest: the writing system
 * decides for non-Latin scripts (Cyrillic, Arabic, Han, Hangul...), and for Latin script the language whose
 * most frequent function words cover the most of the text wins. Returns an ISO 639-1 code, or "und" when a
 * text is too short or too mixed to say. Dyad's own lists of the commonest words of each language.
 */
public final class LanguageGuess {

    private static final String[][] WORDS = {
        {"en", "the of and to in a is that for on was with he it as at by from his be are have has said not but an this which were they their its who will would been had after also more"},
        {"fr", "le la les de des du et est un une en que qui dans pour pas sur au aux par il elle ne se plus avec sont ont été cette ces son sa"},
        {"de", "der die das und ist nicht ein eine zu den mit von sich des auf für im dem auch es als an nach wie bei wird sind hat aus einer"},
        {"es", "el la los las de del y que en un una es por con para no se su al lo como más pero sus le ha fue este entre también"},
        {"it", "il lo la gli le di del della dei e che è un una per non con si da al nel sono alla anche come più ha questo ma"},
        {"pt", "o a os as de do da dos das e que em um uma é para com não no na por se mais foi ao pelo pela como mas seu sua também"},
        {"nl", "de het een en van is dat op te in niet zijn met voor hij er aan ook als bij door maar om nog naar worden werd"},
        {"sv", "och i att det som en på är av för med till den har de inte om ett var jag men från han sig efter också kan"},
        {"da", "og i at det som en på er af for med til den har de ikke om et var men fra han sig efter også kan blev skal"},
        {"no", "og i at det som en på er av for med til den har de ikke om et var men fra han seg etter også kan ble skal"},
        {"fi", "ja on ei se että oli hän mutta kuin myös tai joka ovat ole sen hänen kun mukaan vuonna jo nyt sekä"},
        {"pl", "i w na z że się nie do to jest o jak po co od za przez ale są był jego tak dla jej już oraz"},
        {"cs", "a v se na že je to s z do o ve jako by pro ale jsou jeho jen už byl po tak za které který"},
        {"tr", "ve bir bu da de için ile olarak çok daha ne gibi olan en ama sonra kadar değil var ise ya her"},
        {"id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena bahwa mereka sudah"},
        {"ro", "și în de la cu pe care este a un o să din nu că mai pentru sau ca au fost sunt"},
        {"hu", "a az és hogy nem is egy meg ez volt van de már csak mint ki el be azt még ha"},
    };
    private static final Map<String, String[]> LANGS_OF_WORD = new HashMap<>();

    static {
        Map<String, StringBuilder> acc = new HashMap<>();
        for (String[] row : WORDS) {
            for (String w : row[1].split(" ")) {
                acc.computeIfAbsent(w, k -> new StringBuilder()).append(row[0]).append(' ');
            }
        }
        acc.forEach((w, langs) -> LANGS_OF_WORD.put(w, langs.toString().trim().split(" ")));
    }

    private LanguageGuess() {
    }

    /** The language of {@code text} (its first 20,000 characters are enough). */
    public static String of(String text) {
        int n = Math.min(text.length(), 20_000);
        int letters = 0;
        int latin = 0;
        Map<String, Integer> scripts = new HashMap<>();
        Map<String, Integer> votes = new HashMap<>();
        int words = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
                char d = text.charAt(j);
                letters++;
                if (d < 0x250) {
                    latin++;
                } else {
                    scripts.merge(script(d), 1, Integer::sum);
                }
                j++;
            }
            words++;
            String[] langs = LANGS_OF_WORD.get(text.substring(i, j).toLowerCase(Locale.ROOT));
            if (langs != null) {
                for (String l : langs) {
                    votes.merge(l, 1, Integer::sum);
                }
            }
            i = j;
        }
        if (letters == 0) {
            return "und";
        }
        if (latin * 2 < letters) {
            String s = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
            if (s.equals("zh") && scripts.getOrDefault("ja", 0) * 10 > letters - latin) {
                return "ja";
            }
            return s;
        }
        if (words < 8) {
            return "und";
        }
        String best = "und";
        int top = 0;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > top) {
                top = v.getValue();
                best = v.getKey();
            }
        }
        // function words make up a third or more of running text; a few per hundred words says little
        return top * 100 >= words * 8 ? best : "und";
    }

    private static String script(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return switch (s) {
            case CYRILLIC -> "ru";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case GREEK -> "el";
            case HAN -> "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            default -> "und";
        };
    }
}
