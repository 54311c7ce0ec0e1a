package io.claimwatch.extract.domain;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The lemmatizer's beam search without a sort of every outcome. OpenNLP's {@link BeamSearch}, for
 * each word and each sequence in the beam, copies and sorts the probabilities of all the model's
 * outcomes (the lemmatizer's several thousand edit scripts) only to read the k-th highest, the least
 * a candidate must score to be kept: that sort was most of the cost of tagging a counted phrase not
 * yet cached. Here the k-th highest is picked in one pass over the scores, in the order
 * {@code Arrays.sort} gives doubles ({@link Double#compare}); every other step is the same, in the
 * same order (candidates offered to the same priority queues by outcome index, the same fallback when
 * none is kept), so the sequences, their scores and the lemmas are the ones OpenNLP's search gives
 * ({@code PhraseTaggerTest} compares them). Not thread-safe, like OpenNLP's: one per lemmatizer.
 */
final class LemmaBeamSearch extends BeamSearch {

  private static final Object[] NO_CONTEXT = new Object[0];

  private final MaxentModel maxent;
  /** The highest probabilities seen so far in one pass, highest first. */
  private final double[] best;
  /**
   * The scores of the contexts evaluated last, by their features, the least recently used dropped past {@link #RECENT}
   * (its array then takes the next context's scores): a context's scores are a function of its features alone, and
   * counted phrases repeat them (the figure "5" that opens every phrase, a first word such as "people" after it, with
   * the same tag and the same lemma class before it).
   */
  private final Map<List<String>, double[]> recent = new LinkedHashMap<>(64, 0.75f, true);
  /** Contexts kept ({@link #recent}): 256, each the scores of the lemmatizer's 860 outcomes, under 2 MB a lemmatizer. */
  static final int RECENT = 256;

  LemmaBeamSearch(int size, MaxentModel maxent) {
    super(size, maxent);
    this.maxent = maxent;
    this.best = new double[size];
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
      BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
    Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
    Queue<Sequence> beam = new PriorityQueue<>(size);
    Queue<Sequence> grown = new PriorityQueue<>(size);
    beam.add(new Sequence());
    for (int i = 0; i < sequence.length; i++) {
      int width = Math.min(size, beam.size());
      for (int b = 0; b < width && !beam.isEmpty(); b++) {
        Sequence top = beam.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
        double[] probs = eval(contexts.getContext(i, sequence, outcomes, extra));
        double least = kthHighest(probs, Math.min(size, probs.length));
        for (int p = 0; p < probs.length; p++) {
          if (probs[p] >= least) {
            offer(grown, top, i, sequence, outcomes, p, probs[p], minSequenceScore, validator);
          }
        }
        if (grown.isEmpty()) {   // nothing kept: every valid outcome goes on
          for (int p = 0; p < probs.length; p++) {
            offer(grown, top, i, sequence, outcomes, p, probs[p], minSequenceScore, validator);
          }
        }
      }
      beam.clear();
      Queue<Sequence> swap = beam;
      beam = grown;
      grown = swap;
    }
    Sequence[] out = new Sequence[Math.min(numSequences, beam.size())];
    for (int k = 0; k < out.length; k++) {
      out[k] = beam.remove();
    }
    return out;
  }

  /** The model's scores of the context, kept for the contexts evaluated last; read only. */
  private double[] eval(String[] context) {
    List<String> key = Arrays.asList(context);   // a context generator's fresh array, never changed after
    double[] kept = recent.get(key);
    if (kept == null) {
      if (recent.size() < RECENT) {
        kept = new double[maxent.getNumOutcomes()];
      } else {
        Iterator<double[]> eldest = recent.values().iterator();
        kept = eldest.next();
        eldest.remove();
      }
      double[] probs = maxent.eval(context, kept);   // GIS fills the array it is given
      if (probs != kept) System.arraycopy(probs, 0, kept, 0, kept.length);
      recent.put(key, kept);
    }
    return kept;
  }

  private <T> void offer(Queue<Sequence> grown, Sequence top, int i, T[] sequence, String[] outcomes, int p, double prob,
      double minSequenceScore, SequenceValidator<T> validator) {
    String outcome = maxent.getOutcome(p);
    if (validator.validSequence(i, sequence, outcomes, outcome)) {
      Sequence s = new Sequence(top, outcome, prob);
      if (s.getScore() > minSequenceScore) {
        grown.add(s);
      }
    }
  }

  /** The k-th highest of the values (1 ≤ k ≤ values.length), duplicates counted, ordered as {@link Double#compare}. */
  double kthHighest(double[] values, int k) {
    int kept = 0;
    for (double v : values) {
      if (kept == k && Double.compare(v, best[k - 1]) <= 0) {
        continue;
      }
      int at = kept == k ? k - 1 : kept++;
      while (at > 0 && Double.compare(v, best[at - 1]) > 0) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = v;
    }
    return best[k - 1];
  }
}
