package sizing.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import sizing.model.Catalog;
import sizing.model.CatalogItem;
import sizing.model.Category;
import sizing.model.Period;
import sizing.model.Provenance;
import sizing.io.InputFiles;

/**
 * Reads DigitalOcean's droplet size list as the public API returns it ({@code GET /v2/sizes}:
 * {@code {"sizes": [...], "links": ..., "meta": ...}}) or as {@code doctl compute size list
 * --output json} prints it (a bare array of the same objects), into catalog items.
 *
 * <p>Each size needs {@code slug}, {@code memory} (MB, > 0), {@code vcpus} (> 0), {@code disk}
 * (GB, >= 0) and {@code price_monthly} (USD, >= 0); {@code transfer} (TB), {@code available},
 * {@code description}, {@code regions} and {@code price_hourly} are read when present; every
 * other field ({@code disk_info}, {@code gpu_info}, ...) is ignored. An item is a droplet billed
 * monthly at {@code price_monthly}, with memory in GB ({@code memory / 1024}); a size that is
 * {@code available: false}, or whose {@code regions} list is given and empty (the API's "regions
 * where this size is available for Droplet creates"), is available nowhere: it stays in the
 * catalog marked {@code available=false}, and recommendations leave it out.
 *
 * <p>Every problem is one {@link DataException} naming the file and the JSON path, e.g. {@code
 * sizes.json: $.sizes[3].price_monthly: must not be negative}.
 */
public final class DropletSizes {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DropletSizes() {}

  /** Which of the two published shapes a file has. */
  public enum Shape {
    /** The API's {@code GET /v2/sizes} response: an object with a {@code sizes} array. */
    API("DigitalOcean API GET /v2/sizes response"),
    /** {@code doctl compute size list --output json}: a bare array of sizes. */
    DOCTL("doctl compute size list --output json");

    private final String description;

    Shape(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** A size list read: its shape and its sizes as a catalog named after the file. */
  public record Import(Shape shape, Catalog catalog) {
    public long unavailable() {
      return catalog.all().stream().filter(i -> !i.available()).count();
    }
  }

  /**
   * Reads {@code file}; each item's source names the file and the shape, and its as_of is {@code
   * asOf} (the day the list was fetched, or today).
   */
  public static Import read(Path file, LocalDate asOf) {
    String text;
    try {
      text = InputFiles.text(file);
    } catch (InputFiles.Unreadable e) {
      throw new DataException(file, 0, null, e.problem());
    }
    JsonNode root;
    JsonParser parser = null;
    try {
      parser = MAPPER.getFactory().createParser(text);
      root = MAPPER.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        throw error(file, "$", "has more after the JSON value at line " + parser.currentLocation().getLineNr());
      }
    } catch (JsonProcessingException e) {
      var where = parser == null ? "$" : path(parser.getParsingContext());
      var loc = e.getLocation();
      throw error(file, where, "malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
          + ": " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new DataException(file, 0, null, "cannot read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw error(file, "$", "is empty; a size list is needed");
    }
    Shape shape;
    JsonNode sizes;
    String base;
    if (root.isArray()) {
      shape = Shape.DOCTL;
      sizes = root;
      base = "$";
    } else if (root.isObject()) {
      shape = Shape.API;
      sizes = root.get("sizes");
      base = "$.sizes";
      if (sizes == null) {
        throw error(file, "$", "has no \"sizes\" array (expected the GET /v2/sizes response, or doctl's JSON array of sizes)");
      }
      if (!sizes.isArray()) {
        throw error(file, base, "must be an array, found " + kind(sizes));
      }
    } else {
      throw error(file, "$", "must be an object with a \"sizes\" array or an array of sizes, found " + kind(root));
    }
    if (sizes.isEmpty()) {
      throw error(file, base, "the size list is empty");
    }
    var source = printable(String.valueOf(file.getFileName())) + ": " + shape.description();
    var provenance = new Provenance(source, asOf);
    var items = new ArrayList<CatalogItem>();
    var first = new HashMap<String, String>();
    for (int i = 0; i < sizes.size(); i++) {
      var at = base + "[" + i + "]";
      var size = sizes.get(i);
      if (!size.isObject()) {
        throw error(file, at, "must be an object, found " + kind(size));
      }
      var slug = text(file, at, size, "slug");
      var previous = first.putIfAbsent(slug, at);
      if (previous != null) {
        throw error(file, at + ".slug", "'" + slug + "' appears twice (first at " + previous + ")");
      }
      double memoryMb = number(file, at, size, "memory", true, true, CsvFile.MAX_MAGNITUDE * 1024);
      double vcpus = number(file, at, size, "vcpus", true, true, CsvFile.MAX_MAGNITUDE);
      if (vcpus != Math.rint(vcpus)) {
        throw error(file, at + ".vcpus", "is " + size.get("vcpus") + "; a droplet has a whole number of vCPUs");
      }
      double disk = number(file, at, size, "disk", true, false, CsvFile.MAX_MAGNITUDE);
      double price = number(file, at, size, "price_monthly", true, false, CatalogLoader.MAX_PRICE_USD);
      double transfer = number(file, at, size, "transfer", false, false, CsvFile.MAX_MAGNITUDE);
      number(file, at, size, "price_hourly", false, false, CatalogLoader.MAX_PRICE_USD);
      boolean available = true;
      var a = size.get("available");
      if (a != null && !a.isNull()) {
        if (!a.isBoolean()) {
          throw error(file, at + ".available", "must be true or false, found " + kind(a));
        }
        available = a.booleanValue();
      }
      var regions = size.get("regions");
      if (regions != null && !regions.isNull()) {
        if (!regions.isArray()) {
          throw error(file, at + ".regions", "must be an array of region slugs, found " + kind(regions));
        }
        if (regions.isEmpty()) {
          available = false;
        }
      }
      var d = size.get("description");
      if (d != null && !d.isNull() && !d.isTextual()) {
        throw error(file, at + ".description", "must be a string, found " + kind(d));
      }
      var label = d == null || d.isNull() || d.asText().isBlank() ? "" : noControl(file, at + ".description", d.asText().strip()) + " ";
      double memoryGb = memoryMb / 1024;
      if (!(memoryGb > 0)) {
        throw error(file, at + ".memory", "is " + size.get("memory") + "; too small to be a droplet's memory in MB");
      }
      var description = String.format(Locale.ROOT, "%sdroplet %s vCPU / %s GB / %s GB disk", label, plain(vcpus),
          plain(memoryGb), plain(disk));
      try {
        items.add(new CatalogItem(slug, Category.DROPLET, description, vcpus, memoryGb, disk, transfer, "droplet",
            Period.MONTH, price, available, provenance));
      } catch (IllegalArgumentException e) {
        throw error(file, at, e.getMessage());
      }
    }
    return new Import(shape, Catalog.of(file.getFileName().toString(), items));
  }

  private static String text(Path file, String at, JsonNode size, String field) {
    var v = size.get(field);
    if (v == null || v.isNull()) {
      throw error(file, at + "." + field, "is missing; every size needs one");
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw error(file, at + "." + field, "must be a non-empty string, found " + kind(v));
    }
    return noControl(file, at + "." + field, v.asText().strip());
  }

  /**
   * A number field: NaN when absent and not required; must be finite, >= 0, > 0 when {@code
   * positive}, and at most {@code max} (the most the workbook's catalog reader accepts back).
   */
  private static double number(Path file, String at, JsonNode size, String field, boolean required, boolean positive, double max) {
    var v = size.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw error(file, at + "." + field, "is missing; every size needs one");
      }
      return Double.NaN;
    }
    if (!v.isNumber()) {
      throw error(file, at + "." + field, "must be a number, found " + kind(v));
    }
    double d = v.asDouble();
    if (!Double.isFinite(d)) {
      throw error(file, at + "." + field, "must be a finite number, found " + v);
    }
    if (d < 0) {
      throw error(file, at + "." + field, "must not be negative");
    }
    if (positive && d == 0) {
      throw error(file, at + "." + field, "must be greater than zero");
    }
    if (d > max) {
      throw error(file, at + "." + field, "is " + v + "; at most " + CsvFile.plain(max)
          + " is accepted (a larger figure is taken for a typing error)");
    }
    return d + 0.0; // -0.0 as 0.0, as the catalog writes it
  }

  /**
   * {@code text} when it holds no control character (a line break in a slug would break the
   * catalog's lines) and no unpaired surrogate (a JSON escape such as {@code \uD800} that is no
   * character at all, and cannot be written as UTF-8).
   */
  private static String noControl(Path file, String at, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        throw error(file, at, String.format(Locale.ROOT, "holds the control character U+%04X at position %d; only printable text is accepted",
            (int) c, i + 1));
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error(file, at, String.format(Locale.ROOT, "holds U+%04X at position %d, half of a character; only Unicode text is accepted",
            (int) c, i + 1));
      }
    }
    return text;
  }

  /** {@code text} with each control character replaced by {@code ?}. */
  private static String printable(String text) {
    var sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return sb.toString();
  }

  private static DataException error(Path file, String jsonPath, String problem) {
    return new DataException(file, 0, null, jsonPath + ": " + problem);
  }

  /** {@code $.sizes[3].price_monthly} for the parser's position. */
  static String path(JsonStreamContext ctx) {
    var parts = new ArrayList<String>();
    for (var c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case STRING -> "the string " + n;
      case NUMBER -> "the number " + n;
      case BOOLEAN -> "the boolean " + n;
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> n.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
