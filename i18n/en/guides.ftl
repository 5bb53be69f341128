# Guided paths: the panel, then one block per path. Step texts ask the student to look or to
# cut, then give the physics reason in two or three sentences. A step whose cut is a range
# gets its ends as $lower and $upper (numbers), so the text always says the cut "Show me" applies.

## Panel

guide-heading = Guided path
guide-choose = Choose a guided path
guide-step = Step { $n } of { $total }
guide-look-at = Look at the { $axis } plot.
guide-show-me = Show me
guide-shown = Done: the cut is applied. Compare s, b and Z with the step before.
guide-back = Back
guide-next = Next
guide-finish = Finish
guide-close = Close the guide
guide-moved = s: { $s_before } → { $s_after }, b: { $b_before } → { $b_after }, Z: { $z_before } → { $z_after }
guide-challenge-heading = Challenge
guide-challenge = The cuts of this path reach Z = { $reached }. Can you do better? Change any cut, add or remove one, until Z goes above { $reached }.
guide-challenge-reached = Well done: s = { $s }, b = { $b }, Z = { $z }.
guide-challenge-not-yet = Not yet: Z = { $z }. Keep trying — look at which variable separates the signal best.

## Separate the signals (H → WW analysis)

path-separate-title = Separate the signals
path-separate-intro = Every process leaves its own fingerprint in the detector. Before looking for the Higgs, learn to tell the backgrounds apart.
path-separate-1 = Look at the dilepton mass mℓℓ. The peak near 91 GeV is the Z boson: Z + jets events have two leptons of the same flavour that come from one Z decay, so their invariant mass is the Z mass.
path-separate-2 = Keep only electron–muon pairs. A Z boson decays to ee or μμ, never to eμ, so this one cut removes almost all Z + jets events while WW and tt̄ stay.
path-separate-3 = Look at the number of b-tagged jets. Each top quark decays to a W boson and a b quark, so tt̄ events usually have one or two b-jets, while WW events have almost none.
path-separate-4 = Keep events with no b-tagged jet. This b-veto removes most of the tt̄ background; what is left is mostly WW, the irreducible background of the Higgs search.

## Find the Higgs (H → WW)

path-hww-title = Find the Higgs (H → WW)
path-hww-intro = A Higgs boson decaying to two W bosons, each giving a lepton and a neutrino. The neutrinos escape, so there is no mass peak: we have to select the signal by its shape.
path-hww-1 = Keep only electron–muon pairs. The Higgs gives eμ as often as ee or μμ, but the huge Z + jets background only gives same-flavour pairs.
path-hww-2 = Keep events with no b-tagged jet. Top quarks always decay to b quarks, so the b-veto removes most tt̄ events while almost every Higgs event passes.
path-hww-3 = Keep events with at most one jet. The Higgs is mostly made by gluon fusion with few extra jets, while tt̄ events come with two or more.
path-hww-4 = Keep a missing transverse momentum above { $lower } GeV. The two neutrinos carry energy away unseen; their transverse momenta add up to the MET, so signal events have some, while in Z → ττ the neutrinos of the two back-to-back τ leptons largely cancel out.
path-hww-5 = Keep events where the lepton pair and the MET point in opposite directions: Δφ(ℓℓ, MET) above π/2 ({ $lower } rad, a right angle). The Higgs is made almost at rest in the transverse plane, so its two neutrinos recoil against its two charged leptons; in Z → ττ the neutrinos fly along the leptons.
path-hww-6 = Keep a transverse momentum of the lepton pair above { $lower } GeV. In Z → ττ each τ gives much of its energy to neutrinos, and a fake lepton from a jet is usually soft, so these backgrounds give slower lepton pairs than the Higgs.
path-hww-7 = Keep a dilepton mass below { $upper } GeV. The Higgs has spin 0, so the two W bosons have opposite spins and the two charged leptons tend to fly in the same direction: their invariant mass is small.
path-hww-8 = Keep small angles between the leptons: Δφℓℓ below { $upper } rad. For the same spin reason the Higgs's leptons are close together, while in WW background they are more often back to back.
path-hww-9 = Look at the transverse mass mT, on which the fit runs. For the Higgs it could not exceed 125 GeV if everything were measured perfectly, and with the detector's resolution it rarely does, so the signal piles up below that value while WW spreads to higher masses.

## Find the Higgs (H → ZZ → 4ℓ)

path-hzz-title = Find the Higgs (H → ZZ → 4ℓ)
path-hzz-intro = The "golden channel": a Higgs decays to two Z bosons, one of them virtual, and each Z to a pair of electrons or muons. All four leptons are measured precisely, so the Higgs appears as a narrow peak.
path-hzz-1 = Look at the four-lepton mass m₄ℓ. The broad distribution comes from pairs of Z bosons produced without a Higgs (the ZZ continuum); the peak near 91 GeV is a single Z that radiated a second lepton pair.
path-hzz-2 = Look at m₁₂, the mass of the pair closest to the Z. In most events one lepton pair comes from a real Z, so m₁₂ peaks at 91 GeV.
path-hzz-3 = Keep m₁₂ between { $lower } and { $upper } GeV. This requires one real Z boson and removes events where the leptons do not come from Z decays.
path-hzz-4 = Keep m₃₄ between { $lower } and { $upper } GeV. The Higgs mass (125 GeV) is less than two Z masses, so the second Z is virtual and lighter; a very light pair is usually not from a Z at all.
path-hzz-5 = Keep m₄ℓ between { $lower } and { $upper } GeV. The signal is concentrated in this window around 125 GeV, while the ZZ continuum is spread over hundreds of GeV: the significance grows.
path-hzz-6 = Look at one candidate in the peak. Click the m₄ℓ bar at 125 GeV (or press “Collisions in a bin” under the plot) and open one of the real collisions: four leptons fly out of the centre. Electrons stop in the calorimeter, muons cross the whole detector. The table lists their momenta, and the m₄ℓ computed from them is where this collision sits in the plot.

## Find ttZ

path-ttz-title = Find ttZ
path-ttz-intro = A top-quark pair produced together with a Z boson is rare: about one in a thousand tt̄ events. Here the Z decays to two leptons and both tops decay to jets.
path-ttz-1 = Keep same-flavour pairs, ee or μμ. A Z boson decays to two leptons of the same flavour; eμ pairs come from other processes such as tt̄.
path-ttz-2 = Keep a dilepton mass between { $lower } and { $upper } GeV. The two leptons of a Z have an invariant mass close to 91 GeV, so this window selects Z bosons.
path-ttz-3 = Keep events with at least one b-tagged jet. Each top quark decays to a b quark, so requiring a b-jet removes most Z + jets events, which rarely contain b quarks.
path-ttz-4 = Keep events with at least five jets. Two tops decaying to quarks give up to six jets, more than a Z with ordinary extra jets.
path-ttz-5 = Look at the missing transverse momentum. With both tops decaying to quarks there are no neutrinos from the W bosons, so the signal has little MET.

## Find tt̄Z in three leptons

path-ttz3l-title = Find tt̄Z in three leptons
path-ttz3l-intro = A top-quark pair made together with a Z boson. Here the Z decays to two leptons and one of the top quarks gives a third (t → bW, W → ℓν), while the other decays to quarks. Very few processes give three isolated leptons together with b-jets, so this is much cleaner than the two-lepton channel, which drowns in Z + jets and tt̄.
path-ttz3l-1 = Look at the mass of the Z candidate. Of the three leptons, two have the same flavour and opposite charges; the pair closest to 91 GeV is the Z candidate. tt̄Z, WZ and ZZ all contain a real Z, so nearly every event sits in the peak at the Z mass.
path-ttz3l-2 = Keep a Z-candidate mass between { $lower } and { $upper } GeV: the Z mass, 91.19 GeV, give or take 10 GeV. The window keeps real Z bosons and removes events whose pair only looks like a Z, such as tt̄ with a third lepton from the decay of a b hadron.
path-ttz3l-3 = Keep events with at least one b-tagged jet (tagged at the 77 % working point: about three real b-jets in four are found). Each top quark decays to a b quark, while WZ and ZZ, the largest backgrounds so far, rarely contain one: this cut removes most of them.
path-ttz3l-4 = Keep events with at least three jets. The second top quark decays to a b quark and a W boson that gives two more quarks, so tt̄Z has up to four jets, while WZ and ZZ only get jets from extra radiation.
path-ttz3l-5 = Look at the number of jets, on which the fit measures the signal. Its plot shows every cut but its own: tt̄Z gives three jets and more, while what is left of WZ and ZZ mostly has fewer.

## Isolate WW (explorer)

path-isolate_ww-title = Isolate WW
path-isolate_ww-intro = Two W bosons, each decaying to a lepton and a neutrino. Can you build a final state in which WW is the largest process?
path-isolate_ww-1 = Keep opposite-sign pairs. The two W bosons have opposite charges, and so do their leptons.
path-isolate_ww-2 = Keep electron–muon pairs. Z bosons decay to ee or μμ, never to eμ, so most Z events go while WW stays.
path-isolate_ww-3 = Keep events with no b-tagged jet. Top quarks decay to b quarks; WW events rarely have one.
path-isolate_ww-4 = Keep events with no jet above 30 GeV. WW is mostly produced without extra jets, while a top-quark pair always brings two b quarks.
path-isolate_ww-5 = Keep a dilepton mass above { $lower } GeV. Z → ττ gives soft eμ pairs of low mass; the leptons of two real W bosons carry more energy.
path-isolate_ww-6 = Keep a missing transverse momentum above { $lower } GeV. The two neutrinos of WW escape unseen and leave MET behind; in Z → ττ the neutrinos of the two τ leptons, flying apart in opposite directions, largely cancel. Now WW is the largest process.

## Isolate tt̄ (explorer)

path-isolate_ttbar-title = Isolate tt̄
path-isolate_ttbar-intro = A top-quark pair: each top decays to a b quark and a W boson, here both W bosons to a lepton and a neutrino. Find its fingerprint.
path-isolate_ttbar-1 = Keep opposite-sign pairs. The two W bosons of a top pair have opposite charges.
path-isolate_ttbar-2 = Keep electron–muon pairs, which no Z boson gives.
path-isolate_ttbar-3 = Keep events with at least { $lower } b-tagged jet. Each top quark gives a b quark, and almost nothing else in this selection does.
path-isolate_ttbar-4 = Keep events with at least { $lower } jets: the two b quarks make two jets, and extra radiation often more.

## Isolate Z → ττ (explorer)

path-isolate_ztautau-title = Isolate Z → ττ
path-isolate_ztautau-intro = A Z boson decaying to two τ leptons, each τ to an electron or a muon and two neutrinos. It hides under much larger processes: find it.
path-isolate_ztautau-1 = Keep opposite-sign pairs: the two τ leptons of a Z have opposite charges.
path-isolate_ztautau-2 = Keep electron–muon pairs. Z → ee and Z → μμ are far more common but never give eμ; one τ decaying to an electron and the other to a muon does.
path-isolate_ztautau-3 = Keep events with no b-tagged jet, which removes most top-quark pairs.
path-isolate_ztautau-4 = Keep a dilepton mass between { $lower } and { $upper } GeV. The neutrinos carry energy away, so the two leptons have less than the Z mass.
path-isolate_ztautau-5 = Keep leptons at least { $lower } rad apart in φ. The Z is made almost at rest in the transverse plane, so the τ leptons fly apart back to back.
