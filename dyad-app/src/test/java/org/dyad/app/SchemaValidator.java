package org.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;

/** Validates JSON text against docs/analysis.schema.json. */
final class SchemaValidator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonSchema schema;

  SchemaValidator() throws IOException {
    try (InputStream in = Files.newInputStream(SharedData.docs().resolve("analysis.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** Gives the schema violations of one JSON document (empty when valid). */
  Set<ValidationMessage> violations(String json) throws IOException {
    JsonNode node = JSON.readTree(json);
    return schema.validate(node);
  }
}
