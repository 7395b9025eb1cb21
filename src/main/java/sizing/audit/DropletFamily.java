package sizing.audit;

import java.util.Locale;

/**
 * DigitalOcean's droplet plan families, read from a size slug the way DigitalOcean names them: the
 * prefix gives the plan ({@code s-} Basic, {@code g-}/{@code gd-} General Purpose, {@code c-}/{@code
 * c2-} CPU-Optimized, {@code m-}/{@code m3-} Memory-Optimized, {@code so-} Storage-Optimized) and the
 * suffix the CPU ({@code -intel} Premium Intel, {@code -amd} Premium AMD, none: Regular). Source:
 * DigitalOcean, Choosing the Right Droplet Plan (docs.digitalocean.com/products/droplets/concepts/choosing-a-plan)
 * and the slugs of its Droplets release notes (docs.digitalocean.com/release-notes/droplets).
 */
public enum DropletFamily {
  BASIC_REGULAR("Basic (Regular)"),
  BASIC_PREMIUM_INTEL("Basic Premium Intel"),
  BASIC_PREMIUM_AMD("Basic Premium AMD"),
  GENERAL_PURPOSE("General Purpose"),
  GENERAL_PURPOSE_PREMIUM("General Purpose Premium Intel"),
  CPU_OPTIMIZED("CPU-Optimized"),
  CPU_OPTIMIZED_PREMIUM("CPU-Optimized Premium Intel"),
  MEMORY_OPTIMIZED("Memory-Optimized"),
  MEMORY_OPTIMIZED_PREMIUM("Memory-Optimized Premium Intel"),
  STORAGE_OPTIMIZED("Storage-Optimized"),
  STORAGE_OPTIMIZED_PREMIUM("Storage-Optimized Premium Intel"),
  GPU("GPU"),
  OTHER("other");

  private final String label;

  DropletFamily(String label) {
    this.label = label;
  }

  /** The family's name as DigitalOcean's pricing pages write it, e.g. {@code CPU-Optimized}. */
  public String label() {
    return label;
  }

  /** The family of droplet size {@code slug}, e.g. {@code s-4vcpu-8gb-intel} is {@link #BASIC_PREMIUM_INTEL}. */
  public static DropletFamily of(String slug) {
    var s = slug.toLowerCase(Locale.ROOT);
    if (s.startsWith("gpu-")) {
      return GPU;
    }
    int dash = s.indexOf('-');
    var prefix = dash < 0 ? s : s.substring(0, dash);
    boolean intel = s.endsWith("-intel");
    return switch (prefix) {
      case "s" -> intel ? BASIC_PREMIUM_INTEL : s.endsWith("-amd") ? BASIC_PREMIUM_AMD : BASIC_REGULAR;
      case "g", "gd", "g5_5", "g6_5" -> intel ? GENERAL_PURPOSE_PREMIUM : GENERAL_PURPOSE;
      case "c", "c2", "c5" -> intel ? CPU_OPTIMIZED_PREMIUM : CPU_OPTIMIZED;
      case "m", "m3", "m6" -> intel ? MEMORY_OPTIMIZED_PREMIUM : MEMORY_OPTIMIZED;
      case "so", "so1_5" -> intel ? STORAGE_OPTIMIZED_PREMIUM : STORAGE_OPTIMIZED;
      default -> OTHER;
    };
  }
}
