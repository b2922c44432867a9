"""French texts of reports and exports (see report_texts)."""

TEXTS = {
    # PDF report: cover and page furniture
    "report_title": "Rapport d'audit de performance sociale",
    "draft": "BROUILLON",
    "draft_notice": "Brouillon : cet audit n'est pas finalisé. Les réponses et les scores "
    "peuvent encore changer.",
    "generated_on": "Généré le {date}",
    "seal_short": "Sceau {seal}…",
    "page_of": "Page {page} sur {pages}",
    "institution": "Institution",
    "country": "Pays",
    "audit_type": "Type d'audit",
    "period": "Période évaluée",
    "period_range": "du {start} au {end}",
    "period_from": "À partir du {start}",
    "period_until": "Jusqu'au {end}",
    "auditors": "Auditeurs",
    "framework": "Référentiel",
    "framework_version": "{name}, version {version}",
    "status": "Statut",
    "status_draft": "Brouillon (non finalisé)",
    "status_finalized": "Finalisé le {date} par {author}",
    "generated": "Rapport généré le",
    "audit_id": "Identifiant de l'audit",
    "fingerprint": "Empreinte de l'audit finalisé (sceau SHA-256)",
    "fingerprint_help": "Cette empreinte est calculée sur chaque réponse, tout son historique, "
    "le plan d'action et les pièces justificatives. Jalon la recalcule pour "
    "montrer si quelque chose a changé après la finalisation.",
    "seal_intact": "Sceau vérifié : les données de l'audit correspondent à l'empreinte "
    "enregistrée lors de la finalisation.",
    "seal_broken": "Attention : les données de l'audit ne correspondent plus à l'empreinte "
    "enregistrée lors de la finalisation.",
    # Summary
    "summary": "Synthèse",
    "overall_score": "Score global",
    "coverage_line": "Couverture {share} ({answered} sur {total} éléments notés renseignés)",
    "partial_note": "Résultat partiel : {count} éléments notés ne sont pas encore renseignés.",
    "chart_caption": "Scores par dimension sur une échelle fixe de 0 à 100 %. Couleurs : rouge "
    "sous 50 %, orange à partir de 50 %, vert à partir de 75 %.",
    "scores_by_dimension": "Scores par dimension",
    "strongest": "Pratiques les plus solides",
    "weakest": "Pratiques à renforcer",
    "method_note": "Un score est la part des points obtenus sur les points possibles parmi les "
    "éléments renseignés. Les éléments déclarés sans objet et les questions qui "
    "ne concernent pas l'institution sont exclus ; la couverture indique la part "
    "renseignée.",
    "code": "Code",
    "dimension": "Dimension",
    "practice": "Pratique",
    "score": "Score",
    "coverage": "Couverture",
    "answered": "Renseignés",
    "scored_answered": "Éléments notés renseignés",
    # Dimension sections
    "label_colon": "{label}\u00a0:",
    "question": "Question",
    "answer": "Réponse",
    "points": "Points",
    "na_reason": "Motif « sans objet »",
    "comment": "Commentaire",
    "figure_confirmed": "Passé de {previous} à {value} depuis l'audit précédent ; confirmé par "
    "{author} le {date} : {note}",
    "figure_confirmation": "Évolution confirmée",
    "evidence": "Justificatifs",
    "flagged_items": "Points signalés pour suivi",
    "not_applicable": "Sans objet",
    "not_answered": "Non renseigné",
    "invalid_value": "{typed} (tel que saisi ; non valide : {problem})",
    "expects_number": "un nombre est attendu",
    "expects_whole_number": "un nombre entier est attendu",
    "expects_date": "une date écrite AAAA-MM-JJ est attendue",
    "expects_choice": "ne fait pas partie des choix",
    # Organization information, action plan, evidence
    "org_information": "Informations sur l'institution",
    "item": "Élément",
    "value": "Valeur",
    "action_plan": "Plan d'action",
    "no_actions": "Aucune action n'est encore prévue pour cet audit.",
    "target": "Indicateur ou pratique",
    "action": "Action",
    "owner": "Responsable",
    "due": "Échéance",
    "priority": "Priorité",
    "action_status": "État",
    "overdue": "en retard",
    "to_verify": "à vérifier",
    "action_note": "Note",
    "drop_reason": "Raison de l'abandon",
    "overdue_count": "Actions en retard : {count}",
    "previous_plan": "Ce qu'est devenu le plan d'action précédent",
    "previous_plan_help": (
        "Chaque action du plan de l'audit précédent ({period}) : son état alors "
        "et aujourd'hui, et l'évolution des indicateurs qu'elle vise (à "
        "périmètre égal : un changement de ce qui a été renseigné ne compte pas "
        "comme un changement de pratique)."
    ),
    "status_then": "État alors",
    "status_now": "État aujourd'hui",
    "target_change": "Ses indicateurs",
    "not_carried": "Non reprise",
    "change_improved": "En progrès",
    "change_regressed": "En recul",
    "change_unchanged": "Inchangés",
    "change_newly assessed": "Évalués pour la première fois",
    "change_no longer assessed": "Plus évalués",
    "change_not comparable": "Non comparables",
    "change_none": "Non évalués",
    "sheet_previous_plan": "Plan précédent",
    "carried_from": "Reprise",
    "evidence_annex": "Annexe : pièces justificatives",
    "evidence_help": "Fichiers joints comme justificatifs, conservés dans les données de "
    "l'audit. Le début du SHA-256 identifie chaque fichier de façon exacte.",
    "no_evidence": "Aucune pièce justificative n'est jointe à cet audit.",
    "file": "Fichier",
    "size": "Taille",
    "added_by": "Ajouté par",
    "added_on": "Date",
    # Excel export
    "sheet_summary": "Synthèse",
    "sheet_answers": "Réponses",
    "sheet_scores": "Scores",
    "sheet_organization": "Informations institution",
    "sheet_actions": "Plan d'action",
    "scored_items": "Éléments notés",
    "standard": "Norme",
    "raw_value": "Valeur enregistrée",
    "possible": "Possibles",
    "applies": "Concerné",
    "flagged": "Signalé",
    "department": "Service",
    "last_change": "Dernière modification (UTC)",
    "changed_by": "Modifié par",
    "yes": "Oui",
    "no": "Non",
    "level": "Niveau",
    "label": "Intitulé",
    "section": "Section",
    "created": "Créée (UTC)",
    "updated": "Modifiée (UTC)",
    "level_root": "Global",
    "level_dimension": "Dimension",
    "level_standard": "Norme",
    "level_practice": "Pratique",
    "level_section": "Section",
    "level_module": "Module",
    "level_group": "Groupe",
    # Consolidated export
    "sheet_audits": "Audits",
    "sheet_all_answers": "Toutes les réponses",
    "period_start": "Début de période",
    "period_end": "Fin de période",
    "version": "Version",
    "code_in_newest": "Code dans la version la plus récente",
    # Offline fill-in workbook
    "sheet_fill": "Questionnaire",
    "sheet_instructions": "Mode d'emploi",
    "fill_title": "Questionnaire hors ligne – {institution}",
    "fill_subtitle": "{framework}, version {version}. Exporté le {date}.",
    "fill_step_answer": "Répondez dans la feuille « {sheet} », une ligne par question. Seules "
    "les colonnes jaunes peuvent être modifiées : Réponse, Motif sans objet "
    "et Commentaire.",
    "fill_step_lists": "Pour les questions à choix, choisissez la réponse dans la liste "
    "déroulante de la cellule.",
    "fill_step_numbers": "Nombres : saisissez seulement le chiffre (virgule ou point décimal "
    "acceptés). Dates : saisissez-les au format AAAA-MM-JJ.",
    "fill_step_na": "Si une question ne concerne pas l'institution, laissez la réponse vide et "
    "expliquez pourquoi dans « Motif sans objet ».",
    "fill_step_empty": "Une cellule vide n'efface jamais une réponse déjà enregistrée dans "
    "Jalon. Les réponses déjà enregistrées sont affichées pour que vous "
    "puissiez les vérifier ou les corriger.",
    "fill_step_rows": "N'ajoutez, ne supprimez et ne déplacez ni lignes, ni colonnes, ni "
    "feuilles, et ne modifiez pas les codes : Jalon vérifie chaque ligne au "
    "retour du classeur.",
    "fill_step_relevance": "Certaines questions ne s'appliquent qu'après certaines réponses (par "
    "exemple, le détail d'une stratégie seulement si elle existe). "
    "Laissez-les vides si elles ne vous concernent pas.",
    "fill_step_return": "Enregistrez le fichier et renvoyez-le. Il est importé dans Jalon après "
    "un aperçu de chaque modification ; rien n'est enregistré avant ce "
    "contrôle.",
    "fill_audit_line": "Audit {audit}",
    "fill_header_key": "Clé",
    "fill_header_code": "Code",
    "fill_header_section": "Pratique",
    "fill_header_question": "Question",
    "fill_header_guidance": "Conseils",
    "fill_header_expected": "Réponse attendue",
    "fill_header_answer": "Réponse",
    "fill_header_na_reason": "Motif sans objet",
    "fill_header_comment": "Commentaire",
    "fill_expect_choice": "Choisir dans la liste",
    "fill_expect_multiple": "Une ou plusieurs valeurs parmi : {choices} (séparées par ;)",
    "fill_expect_integer": "Nombre entier",
    "fill_expect_decimal": "Nombre",
    "fill_expect_date": "Date (AAAA-MM-JJ)",
    "fill_expect_text": "Texte",
    "fill_required": "obligatoire",
    "fill_error_title": "Réponse refusée",
    "fill_error_choice": "Choisissez une des réponses de la liste.",
    "fill_error_integer": "Saisissez un nombre entier.",
    "fill_error_decimal": "Saisissez un nombre.",
    "fill_error_date": "Saisissez une date (AAAA-MM-JJ).",
    # Progrès depuis l'audit précédent, chronologie de l'institution
    "progress": "Progrès depuis l'audit précédent",
    "progress_compared": "Comparaison avec l'audit du {date} ({framework}, version {version} ; "
    "identifiant {id}).",
    "progress_overall": "Score global : {before} puis {after}. Évolution : {change} points ; "
    "évolution des pratiques : {practice} points.",
    "progress_across_versions": "Les deux audits utilisent des versions différentes du "
    "référentiel ({old} et {new}) ; ils sont comparés au moyen de "
    "la table de correspondance de la version la plus récente. Les "
    "questions que le référentiel a redéfinies entre les deux ne "
    "sont pas comparées.",
    "progress_needs_crosswalk": "L'audit précédent ({date}) utilisait la version {old} du "
    "référentiel et celui-ci la version {new}. Les comparer demande "
    "une table de correspondance entre les deux versions, que la "
    "version {new} ne contient pas : aucun progrès n'est donc "
    "indiqué.",
    "progress_chart_caption": "En gris : l'audit précédent ; en bleu : cet audit. Échelle fixe "
    "de 0 à 100 %.",
    "before": "Avant",
    "after": "Après",
    "change": "Évolution",
    "practice_change": "Évolution des pratiques",
    "progress_note": "Évolution : variation brute du score, en points. Évolution des "
    "pratiques : variation sur les seules questions notées lors des deux "
    "audits. * Les questions renseignées diffèrent d'un audit à l'autre : une "
    "partie de la variation brute tient à ce qui a été renseigné, non aux "
    "pratiques.",
    "progress_counts": "Questions : {improved} en progrès, {regressed} en recul, {unchanged} "
    "inchangées, {newly} évaluées pour la première fois, {gone} qui ne sont "
    "plus évaluées.",
    "progress_improved": "Questions en progrès ({count})",
    "progress_regressed": "Questions en recul ({count})",
    "progress_newly_assessed": "Évaluées pour la première fois ({count})",
    "progress_newly_help": "Sans réponse, non applicables ou non posées la dernière fois. Leur "
    "score compte dans cet audit mais ne traduit pas une évolution des "
    "pratiques.",
    "progress_no_longer_assessed": "Qui ne sont plus évaluées ({count})",
    "progress_gone_help": "Notées la dernière fois, sans réponse ou non applicables cette "
    "fois. Elles ne traduisent pas non plus une évolution des pratiques.",
    "progress_not_comparable": "{count} questions ont été redéfinies par le référentiel entre "
    "les deux versions et ne sont pas comparées.",
    "timeline": "Chronologie de l'institution",
    "timeline_caption": "Score global (trait épais) et score de chaque dimension à chaque audit "
    "de l'institution jusqu'à celui-ci, sur une échelle fixe de 0 à 100 %.",
    "audit_of": "Audit",
    "this_audit": "cet audit",
    "sheet_progress": "Progrès",
    "sheet_timeline": "Chronologie",
    "score_before": "Score avant",
    "coverage_before": "Couverture avant",
    "score_after": "Score après",
    "coverage_after": "Couverture après",
    "change_points": "Évolution (points)",
    "practice_change_points": "Évolution des pratiques (points)",
    "newly_assessed": "Évaluées pour la première fois",
    "no_longer_assessed": "Plus évaluées",
    "share_before": "Points obtenus avant",
    "share_after": "Points obtenus après",
    "indicator_change": "Évolution",
    "question_improved": "en progrès",
    "question_regressed": "en recul",
    "question_unchanged": "inchangée",
    "question_newly_assessed": "évaluée pour la première fois",
    "question_no_longer_assessed": "plus évaluée",
    "question_not_comparable": "non comparable",
    "previous_code": "Code avant",
    # Comparaison avec les pairs
    "peers_heading": "Face au groupe de pairs",
    "peers_line": "Comparé aux {count} institutions du groupe de pairs {group} dans la "
    "référence du réseau du {date}. Les groupes de moins de {minimum} institutions "
    "ne sont pas publiés, et la référence n'en nomme aucune.",
    "peers_none": "Aucune référence de pairs ne s'applique à cet audit : la référence du {date} "
    "n'a pas de groupe {group} pour cette version du référentiel (les groupes de "
    "moins de {minimum} institutions ne sont pas publiés).",
    "peers_other_version": "Pas de comparaison avec les pairs : la référence du réseau du {date} "
    "porte sur la version {versions} de ce référentiel, et cet audit est en version {version}. "
    "Aucune table de correspondance installée ici ne mène de {version} à {versions} : les scores "
    "des deux versions ne sont pas mis côte à côte.",
    "peers_read_as": "Cet audit, fait avec la version {version} du référentiel, est lu en version "
    "{read_as} par la table de correspondance du référentiel, comme l'ont été les audits du "
    "réseau : ses scores dans le tableau sont ceux de la version {read_as}, et les graphiques, "
    "qui montrent la version {version}, ne portent pas les repères des pairs.",
    "peers_group_country": "pays {value}",
    "peers_group_field": "{label} : {value}",
    "peers_group_missing": "(sans réponse)",
    "peers_chart_caption": "Face au groupe de pairs : le rectangle gris couvre sa moitié centrale "
    "(du premier au troisième quartile), le trait foncé est sa médiane ; "
    "sur le radar, la ligne en tirets est la médiane des pairs.",
    "peers_table_note": "Le quart indique où se situe le score de l'audit parmi ceux du groupe "
    "de pairs : dans le quart inférieur, il est sous le premier quartile ; "
    "dans le quart supérieur, au-dessus du troisième.",
    "peer_q1": "Q1 des pairs",
    "peer_median": "Médiane des pairs",
    "peer_q3": "Q3 des pairs",
    "peer_quarter": "Quart",
    "peer_institutions": "Institutions",
    "quarter_1": "inférieur",
    "quarter_2": "deuxième",
    "quarter_3": "troisième",
    "quarter_4": "supérieur",
    "peer_below_median": "Médiane − Q1 (graphique)",
    "peer_above_median": "Q3 − médiane (graphique)",
    "sheet_peers": "Groupe de pairs",
}
