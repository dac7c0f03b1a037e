package org.dyad.app.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Modality;

/**
 * A {@link DocumentAnalysis} as JSON and back, losing nothing: every field of every record, named
 * as the record names it. This is how an analysis travels inside a Spark output (the articles
 * dataset's {@code analysis} column) to {@code dyad import}, which stores it with the store's own
 * writer. Not the user-facing contract of {@code dyad analyze} ({@link org.dyad.app.output.AnalysisJsonWriter},
 * docs/analysis.schema.json), which leaves out what only the store needs.
 *
 * <p>Unknown fields are an error: an output written by another version of Dyad fails loudly.
 */
public final class AnalysisRecordJson {
  private static final ObjectMapper MAPPER = mapper();

  private AnalysisRecordJson() {}

  /** The analysis as one line of JSON. */
  public static String write(DocumentAnalysis analysis) {
    try {
      return MAPPER.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the analysis of " + analysis.id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IllegalArgumentException naming the problem when the text is not such an analysis
   */
  public static DocumentAnalysis read(String json) {
    try {
      return MAPPER.readValue(json, DocumentAnalysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a Dyad analysis: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectMapper mapper() {
    SimpleModule values = new SimpleModule("dyad-values");
    values.addSerializer(LocalDate.class, ToStringSerializer.instance);
    values.addDeserializer(LocalDate.class, new FromStringDeserializer<LocalDate>(LocalDate.class) {
      private static final long serialVersionUID = 1L;

      @Override
      protected LocalDate _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
        return LocalDate.parse(value);
      }
    });
    // a modality travels as the label the store and the writers use ("asserted"), not as the enum's name
    values.addSerializer(Modality.class, new StdSerializer<Modality>(Modality.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Modality m, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeString(m.label());
      }
    });
    values.addDeserializer(Modality.class, new FromStringDeserializer<Modality>(Modality.class) {
      private static final long serialVersionUID = 1L;

      @Override
      protected Modality _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
        return Modality.parse(value);
      }
    });
    return new ObjectMapper().registerModule(values)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
