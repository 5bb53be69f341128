# The "Physics explained" and "Glossary" pages. The equations themselves are MathML in
# web/src/ui/explain.rs; only the prose around them is here.

explain-heading = Physics explained
explain-diagram-heading = How the signal is made
explain-equations-heading = The equations behind the numbers
explain-references-heading = To read more

## Introductions, one per analysis

explain-hzz4l-intro = At the LHC, protons collide at a centre-of-mass energy of 13 TeV. Most often a Higgs boson is made when two gluons, one from each proton, fuse through a loop of top quarks. In about 2.6 % of its decays the Higgs turns into two Z bosons; since 125 GeV is less than two Z masses, one of them is virtual (Z*). Each Z decays into an electron–positron or a muon–antimuon pair only about 6.7 % of the time, so just 1.2 in 10 000 Higgs bosons (1.2 × 10⁻⁴) end as four electrons or muons (branching ratios of the LHC Higgs Cross Section Working Group).
explain-hzz4l-why = Four charged leptons are rare and measured very precisely, so adding their four-momenta gives the mass of the particle that decayed with a resolution of one or two GeV. The Higgs shows up as a narrow peak at 125 GeV above a small, smooth background of Z-boson pairs produced directly. This is why the channel is called golden, even though only a handful of events pass the selection. A second, reducible background comes from Z bosons or top-quark pairs with extra leptons from decays of b and c hadrons; it is estimated from the data themselves, from events whose four leptons do not add up to zero charge.
explain-hww-intro = Here the Higgs decays into two W bosons, one of them virtual, and each W into a charged lepton and a neutrino. The Higgs decays into WW* about eight times as often as into ZZ* (about 21 % against 2.6 % of its decays), and two charged leptons with two neutrinos (electrons and muons) are about eighty times as frequent as four charged leptons (about 1 % against 1.2 × 10⁻⁴), but the neutrinos cross the detector without a trace.
explain-hww-why = Without the neutrinos the Higgs mass cannot be reconstructed, so there is no peak. Instead the analysis uses what the neutrinos leave: missing transverse momentum, and a transverse mass that could not exceed 125 GeV if everything were measured perfectly, and with the detector's resolution rarely does. Because the Higgs has spin 0, its two charged leptons tend to point in the same direction, which separates it from ordinary W-boson pairs.
explain-ttz-intro = A Z boson can be radiated from a top quark. Producing a top-quark pair together with a Z happens roughly a thousand times less often than a top pair alone, and it measures directly how the top quark couples to the Z boson.
explain-ttz-why = In this selection the Z decays to an electron or muon pair, seen as a peak at 91 GeV in the dilepton mass, and both top quarks decay to a b quark and a W boson that gives two more jets. Many jets, b-tagged jets and a Z peak together pick out this rare process from the much larger Z + jets and tt̄ backgrounds.
explain-ttz3l-intro = The same process as in the two-lepton analysis, a top-quark pair made together with a Z boson, seen in another final state. The Z decays into an electron or muon pair; one top quark decays into a b quark and a W boson that gives a charged lepton and a neutrino, the other into a b quark and a W boson that gives two quarks. That makes three charged leptons, two b-jets, two more jets and missing transverse momentum. About 2 % of tt̄Z events end this way with electrons and muons, a little fewer than the 3 % of the two-lepton final state.
explain-ttz3l-why = Why three leptons beat two: in the two-lepton channel the Z peak is shared with Z + jets, which gives a Z → ℓℓ decay tens of thousands of times more often than tt̄Z does, and with tt̄, so the signal only emerges at high jet counts. Very few Standard Model processes give three isolated charged leptons: mostly WZ and ZZ, which seldom come with b-jets. A Z candidate and one b-tagged jet therefore leave a sample in which tt̄Z is a sizeable share. ATLAS's tt̄Z measurement (arXiv:1901.03584, in the list below) draws most of its sensitivity from the three-lepton channel.
diagram-hzz4l-alt = Feynman diagram: two gluons fuse through a top-quark loop into a Higgs boson, which decays into a Z and a virtual Z*; each decays into a pair of charged leptons.
diagram-hww-alt = Feynman diagram: two gluons fuse through a top-quark loop into a Higgs boson, which decays into a W and a virtual W*; each decays into a charged lepton and a neutrino.
diagram-ttz-alt = Feynman diagram: two gluons produce a top-quark pair; one top quark radiates a Z boson, which decays into two charged leptons.
diagram-ttz3l-alt = Feynman diagram: two gluons produce a top-quark pair; the top quark radiates a Z boson, which decays into two charged leptons, then decays into a b quark and a W⁺ boson that gives a charged lepton and a neutrino; the anti-top decays into a b̄ quark and a W⁻ boson that gives two quarks.

## Reading an event display (the display itself: web/src/ui/event_display.rs)

explain-display-heading = Reading an event display
explain-display-1 = An event display draws one collision in the detector. The view across the beam (x–y) looks down the beam pipe: the collision happened at the centre, and the layers around it are, from the inside out, the inner tracker (grey), the electromagnetic calorimeter (green), the hadronic calorimeter (red) and the muon chambers (blue). The distances are squeezed towards the outside so that the small tracker stays visible next to the ten-metre muon system.
explain-display-2 = A charged particle leaves a track in the tracker. The solenoid's 2 tesla magnetic field bends it into a circle of radius r = pT / (0.3 B), in metres with pT in GeV: a 1 GeV track curls up within a few metres, a 50 GeV lepton is almost straight. Positive and negative charges bend in opposite directions, which is how the charge is measured.
explain-display-3 = Electrons stop in the electromagnetic calorimeter and leave their energy there; muons cross everything and reach the muon chambers; jets of hadrons deposit their energy in both calorimeters. Neutrinos leave no trace: the momentum they carry away across the beam shows up as an imbalance, the missing transverse momentum, drawn as a dashed arrow.
explain-display-4 = The view along the beam (r–z) shows the same collision from the side, the beam running left to right: there the tracks are straight lines at their polar angle, since the field only bends them across the beam. The table below the pictures gives each object's transverse momentum pT, pseudorapidity η and azimuth φ; from them the invariant mass of the plots can be computed by hand.

## Equations

eq-mass-heading = Invariant mass
eq-mass-text = Adding the energies and momenta of the decay products gives the mass of the particle they came from, the same in every reference frame. With four leptons this is m₄ℓ; with two it is mℓℓ.
eq-mt-heading = Transverse mass
eq-mt-text = When neutrinos escape, only the momenta across the beam are known. The transverse mass uses the lepton pair and the missing transverse momentum; measured perfectly it could never be larger than the mass of the decaying particle, and with the detector's resolution it rarely is.
eq-significance-heading = Significance
eq-significance-text = With s signal and b background events expected, s/√b compares the signal with the typical fluctuation of the background. The Asimov formula Z is the median significance a counting experiment would find; it is close to s/√b when s is much smaller than b and more reliable when it is not. Z = 5 is the physicists' threshold for a discovery.
eq-weight-heading = Event weight
eq-weight-text = Simulated events are weighted so that they predict what the detector recorded: the process's cross-section σ times the integrated luminosity L gives the expected number of events, shared among the simulated events by their generator weights and corrected by scale factors SF for small differences between simulation and detector.

## Glossary

glossary-heading = Glossary
glossary-event-term = Event
glossary-event = Everything the detector records when two bunches of protons cross and collide (or what the simulation makes of one such crossing): its leptons, jets and missing momentum. Histograms count events, and a cut keeps or removes whole events.
glossary-lepton-term = Lepton
glossary-lepton = An elementary particle that does not feel the strong force. This analyser uses electrons (e) and muons (μ), which the detector measures very precisely; neutrinos (ν) are leptons too, but escape unseen.
glossary-jet-term = Jet
glossary-jet = A narrow spray of hadrons left by a quark or a gluon, which cannot exist alone; the jet's energy and direction are those of the original quark or gluon.
glossary-btag-term = b-tag
glossary-btag = A jet identified as coming from a b quark. Hadrons containing a b quark fly a few millimetres before decaying, so their tracks start away from the collision point.
glossary-met-term = MET (missing transverse momentum)
glossary-met = The momentum across the beam needed to balance everything seen in the event. Before the collision there is no transverse momentum, so an imbalance means that invisible particles, such as neutrinos, were produced.
glossary-pt-term = pT (transverse momentum)
glossary-pt = The part of a particle's momentum perpendicular to the beam, in GeV. Energetic particles at large angles have a large pT.
glossary-eta-term = η (pseudorapidity)
glossary-eta = A measure of the angle to the beam: η = 0 is perpendicular to it, and |η| grows towards the beam. Leptons are measured up to |η| ≈ 2.5.
glossary-phi-term = φ (azimuthal angle)
glossary-phi = The angle around the beam, from −π to π. Δφ is the difference of two such angles, between 0 (same direction) and π (back to back).
glossary-xsec-term = Cross-section
glossary-xsec = How likely a process is, written σ and measured in barns (fb, pb). Multiplied by the luminosity it gives the expected number of events.
glossary-lumi-term = Integrated luminosity
glossary-lumi = How many collisions the detector recorded, in inverse femtobarns (fb⁻¹). The ATLAS Open Data release used here (2020) holds 10 fb⁻¹ of data recorded in 2016.
glossary-significance-term = Significance
glossary-significance = How unlikely it is that the background alone fluctuated to what is seen, in standard deviations (σ). 3σ is called evidence and 5σ a discovery.

## References

ref-authors = ATLAS Collaboration
ref-discovery = The discovery of the Higgs boson by ATLAS in 2012.
ref-hzz = The Higgs boson in four leptons with the full 13 TeV data set.
ref-hww = The Higgs boson in two W bosons at 13 TeV.
ref-ttz = The production of top-quark pairs with a Z or a W boson at 13 TeV.
ref-opendata = The ATLAS Open Data 13 TeV release: what it contains and how it was made.
ref-opendata-site = ATLAS Open Data: data, simulated samples, documentation and more teaching material.
