//! `ntuple-writer`: turns the generator's column folders into ROOT ntuples in the 2020 release's
//! format (see the crate docs).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

/// Writes simulated samples (folders of .npy columns from tools/generator) as ROOT ntuples with
/// the ATLAS Open Data 13 TeV 2020 release's TTree `mini` and branches.
#[derive(Parser)]
#[command(name = "ntuple-writer", version, about)]
struct Cli {
    /// Column folders, one per sample and skim (`mc_<dsid>.<name>.<skim>`).
    #[arg(required = true)]
    folders: Vec<PathBuf>,
    /// Output folder: each input becomes `<folder name>.root` there.
    #[arg(short, long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    std::fs::create_dir_all(&cli.out).with_context(|| format!("cannot create {}", cli.out.display()))?;
    for folder in &cli.folders {
        let name = folder.file_name().with_context(|| format!("{} has no folder name", folder.display()))?;
        let output = cli.out.join(format!("{}.root", name.to_string_lossy()));
        let report = ntuple_writer::write(folder, &output)?;
        println!("{}: {} events", report.output.display(), report.entries);
    }
    Ok(())
}
