//! Counting statistics used by the yields panel.

/// s/√b, or `None` when there is no background to compare with.
pub fn s_over_sqrt_b(s: f64, b: f64) -> Option<f64> {
    (b > 0.0).then(|| s / b.sqrt())
}

/// Median discovery significance for a counting experiment with known background (the
/// "Asimov" formula of Cowan, Cranmer, Gross, Vitells, Eur. Phys. J. C 71 (2011) 1554):
/// Z = √(2((s+b)·ln(1+s/b) − s)). Reduces to s/√b for s ≪ b. `None` when b ≤ 0.
pub fn asimov_significance(s: f64, b: f64) -> Option<f64> {
    if b <= 0.0 {
        return None;
    }
    if s <= 0.0 {
        return Some(0.0);
    }
    // ln_1p keeps precision when s ≪ b, where the bracket is a small difference of large terms.
    let q = 2.0 * ((s + b) * (s / b).ln_1p() - s);
    Some(q.max(0.0).sqrt())
}

/// Poisson 68.3 % central confidence interval half-widths (down, up) for `n` observed events,
/// the usual error bars on data points: Garwood interval, using the Wilson–Hilferty
/// approximation of the χ² quantiles (better than 1 % for n ≥ 1, exact 0 / 1.841 at n = 0).
pub fn poisson_error_bars(n: f64) -> (f64, f64) {
    if n <= 0.0 {
        return (0.0, 1.841_021);
    }
    let z = 1.0;
    let lower = n * (1.0 - 1.0 / (9.0 * n) - z / (3.0 * n.sqrt())).powi(3);
    let m = n + 1.0;
    let upper = m * (1.0 - 1.0 / (9.0 * m) + z / (3.0 * m.sqrt())).powi(3);
    (n - lower.max(0.0), upper - n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asimov_matches_reference_values() {
        // s=10, b=100 → √(2(110 ln 1.1 − 10)) = √0.968234 = 0.983989…
        let z = asimov_significance(10.0, 100.0).unwrap();
        assert!((z - 0.983_989).abs() < 1e-5, "{z}");
        // s ≪ b → s/√b.
        let z = asimov_significance(1.0, 1e6).unwrap();
        assert!((z - 1e-3).abs() < 1e-8);
        assert_eq!(asimov_significance(5.0, 0.0), None);
        assert_eq!(asimov_significance(0.0, 5.0), Some(0.0));
    }

    #[test]
    fn poisson_bars_match_garwood_table() {
        // Garwood 68.3 % intervals: n=1 → [0.173, 3.300], n=10 → [6.891, 14.267].
        let within_1_percent = |got: f64, want: f64| (got - want).abs() <= 0.01 * want;
        let (d, u) = poisson_error_bars(1.0);
        assert!(within_1_percent(1.0 - d, 0.173) && within_1_percent(1.0 + u, 3.300), "{d} {u}");
        let (d, u) = poisson_error_bars(10.0);
        assert!(within_1_percent(10.0 - d, 6.891) && within_1_percent(10.0 + u, 14.267), "{d} {u}");
    }
}
