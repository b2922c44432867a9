"""Spanish texts of reports and exports (see report_texts)."""

TEXTS = {
    # PDF report: cover and page furniture
    "report_title": "Informe de auditoría de desempeño social",
    "draft": "BORRADOR",
    "draft_notice": "Borrador: esta auditoría no está finalizada. Las respuestas y los puntajes "
    "aún pueden cambiar.",
    "generated_on": "Generado el {date}",
    "seal_short": "Sello {seal}…",
    "page_of": "Página {page} de {pages}",
    "institution": "Institución",
    "country": "País",
    "audit_type": "Tipo de auditoría",
    "period": "Período evaluado",
    "period_range": "del {start} al {end}",
    "period_from": "Desde el {start}",
    "period_until": "Hasta el {end}",
    "auditors": "Auditores",
    "framework": "Marco de referencia",
    "framework_version": "{name}, versión {version}",
    "status": "Estado",
    "status_draft": "Borrador (no finalizada)",
    "status_finalized": "Finalizada el {date} por {author}",
    "generated": "Informe generado el",
    "audit_id": "Identificador de la auditoría",
    "fingerprint": "Huella de la auditoría finalizada (sello SHA-256)",
    "fingerprint_help": "Esta huella se calcula a partir de cada respuesta, todo su historial, "
    "el plan de acción y los archivos de evidencia. Jalon la vuelve a calcular "
    "para mostrar si algo cambió después de la finalización.",
    "seal_intact": "Sello verificado: los datos de la auditoría coinciden con la huella "
    "registrada al finalizarla.",
    "seal_broken": "Atención: los datos de la auditoría ya no coinciden con la huella "
    "registrada al finalizarla.",
    # Summary
    "summary": "Resumen",
    "overall_score": "Puntaje global",
    "coverage_line": "Cobertura {share} ({answered} de {total} elementos puntuados respondidos)",
    "partial_note": "Resultado parcial: {count} elementos puntuados aún no tienen respuesta.",
    "chart_caption": "Puntajes por dimensión en una escala fija de 0 a 100 %. Colores: rojo por "
    "debajo del 50 %, ámbar desde el 50 %, verde desde el 75 %.",
    "scores_by_dimension": "Puntajes por dimensión",
    "strongest": "Prácticas más sólidas",
    "weakest": "Prácticas por fortalecer",
    "method_note": "Un puntaje es la proporción de puntos obtenidos sobre los puntos posibles "
    "entre los elementos respondidos. Los elementos marcados como no aplicables "
    "y las preguntas que no corresponden a la institución se excluyen; la "
    "cobertura indica cuánto se ha respondido.",
    "code": "Código",
    "dimension": "Dimensión",
    "practice": "Práctica",
    "score": "Puntaje",
    "coverage": "Cobertura",
    "answered": "Respondidos",
    "scored_answered": "Elementos puntuados respondidos",
    # Dimension sections
    "label_colon": "{label}:",
    "question": "Pregunta",
    "answer": "Respuesta",
    "points": "Puntos",
    "na_reason": "Motivo de «no aplica»",
    "comment": "Comentario",
    "figure_confirmed": "Pasó de {previous} a {value} desde la auditoría anterior; confirmado por "
    "{author} el {date}: {note}",
    "figure_confirmation": "Cambio confirmado",
    "evidence": "Evidencias",
    "flagged_items": "Puntos señalados para seguimiento",
    "not_applicable": "No aplica",
    "not_answered": "Sin respuesta",
    "invalid_value": "{typed} (tal como se escribió; no válido: {problem})",
    "expects_number": "se espera un número",
    "expects_whole_number": "se espera un número entero",
    "expects_date": "se espera una fecha escrita AAAA-MM-DD",
    "expects_choice": "no es una de las opciones",
    # Organization information, action plan, evidence
    "org_information": "Información de la institución",
    "item": "Elemento",
    "value": "Valor",
    "action_plan": "Plan de acción",
    "no_actions": "Todavía no hay acciones previstas para esta auditoría.",
    "target": "Indicador o práctica",
    "action": "Acción",
    "owner": "Responsable",
    "due": "Fecha límite",
    "priority": "Prioridad",
    "action_status": "Estado",
    "overdue": "vencida",
    "to_verify": "por verificar",
    "action_note": "Nota",
    "drop_reason": "Motivo del abandono",
    "overdue_count": "Acciones vencidas: {count}",
    "previous_plan": "Qué fue del plan de acción anterior",
    "previous_plan_help": (
        "Cada acción del plan de la auditoría anterior ({period}): su estado "
        "entonces y ahora, y cómo cambiaron los indicadores a los que apunta (a "
        "igual alcance: un cambio en lo que se respondió no cuenta como un "
        "cambio de práctica)."
    ),
    "status_then": "Estado entonces",
    "status_now": "Estado ahora",
    "target_change": "Sus indicadores",
    "not_carried": "No retomada",
    "change_improved": "Mejoraron",
    "change_regressed": "Retrocedieron",
    "change_unchanged": "Sin cambio",
    "change_newly assessed": "Evaluados por primera vez",
    "change_no longer assessed": "Ya no evaluados",
    "change_not comparable": "No comparables",
    "change_none": "No evaluados",
    "sheet_previous_plan": "Plan anterior",
    "carried_from": "Retomada",
    "evidence_annex": "Anexo: archivos de evidencia",
    "evidence_help": "Archivos adjuntos como evidencia, guardados en los datos de la auditoría. "
    "El inicio del SHA-256 identifica cada archivo con exactitud.",
    "no_evidence": "Esta auditoría no tiene archivos de evidencia adjuntos.",
    "file": "Archivo",
    "size": "Tamaño",
    "added_by": "Añadido por",
    "added_on": "Fecha",
    # Excel export
    "sheet_summary": "Resumen",
    "sheet_answers": "Respuestas",
    "sheet_scores": "Puntajes",
    "sheet_organization": "Información institución",
    "sheet_actions": "Plan de acción",
    "scored_items": "Elementos puntuados",
    "standard": "Estándar",
    "raw_value": "Valor guardado",
    "possible": "Posibles",
    "applies": "Aplica",
    "flagged": "Señalado",
    "department": "Área",
    "last_change": "Último cambio (UTC)",
    "changed_by": "Modificado por",
    "yes": "Sí",
    "no": "No",
    "level": "Nivel",
    "label": "Título",
    "section": "Sección",
    "created": "Creada (UTC)",
    "updated": "Modificada (UTC)",
    "level_root": "Global",
    "level_dimension": "Dimensión",
    "level_standard": "Estándar",
    "level_practice": "Práctica",
    "level_section": "Sección",
    "level_module": "Módulo",
    "level_group": "Grupo",
    # Consolidated export
    "sheet_audits": "Auditorías",
    "sheet_all_answers": "Todas las respuestas",
    "period_start": "Inicio del período",
    "period_end": "Fin del período",
    "version": "Versión",
    "code_in_newest": "Código en la versión más reciente",
    # Offline fill-in workbook
    "sheet_fill": "Cuestionario",
    "sheet_instructions": "Instrucciones",
    "fill_title": "Cuestionario sin conexión – {institution}",
    "fill_subtitle": "{framework}, versión {version}. Exportado el {date}.",
    "fill_step_answer": "Responda en la hoja «{sheet}», una fila por pregunta. Solo se pueden "
    "modificar las columnas amarillas: Respuesta, Motivo de no aplica y "
    "Comentario.",
    "fill_step_lists": "En las preguntas con opciones, elija la respuesta en la lista "
    "desplegable de la celda.",
    "fill_step_numbers": "Números: escriba solo la cifra (se aceptan coma o punto decimal). "
    "Fechas: escríbalas como AAAA-MM-DD.",
    "fill_step_na": "Si una pregunta no corresponde a la institución, deje la respuesta vacía y "
    "explique el motivo en «Motivo de no aplica».",
    "fill_step_empty": "Una celda vacía nunca borra una respuesta ya registrada en Jalon. Las "
    "respuestas ya registradas se muestran para que pueda revisarlas o "
    "corregirlas.",
    "fill_step_rows": "No añada, elimine ni mueva filas, columnas u hojas, y no cambie los "
    "códigos: Jalon revisa cada fila cuando el libro vuelve.",
    "fill_step_relevance": "Algunas preguntas solo aplican después de ciertas respuestas (por "
    "ejemplo, los detalles de una estrategia solo si existe). Déjelas "
    "vacías si no le corresponden.",
    "fill_step_return": "Guarde el archivo y devuélvalo. Se importa en Jalon después de una "
    "vista previa de cada cambio; nada se registra antes de esa revisión.",
    "fill_audit_line": "Auditoría {audit}",
    "fill_header_key": "Clave",
    "fill_header_code": "Código",
    "fill_header_section": "Práctica",
    "fill_header_question": "Pregunta",
    "fill_header_guidance": "Orientación",
    "fill_header_expected": "Respuesta esperada",
    "fill_header_answer": "Respuesta",
    "fill_header_na_reason": "Motivo de no aplica",
    "fill_header_comment": "Comentario",
    "fill_expect_choice": "Elegir en la lista",
    "fill_expect_multiple": "Uno o más de: {choices} (separados por ;)",
    "fill_expect_integer": "Número entero",
    "fill_expect_decimal": "Número",
    "fill_expect_date": "Fecha (AAAA-MM-DD)",
    "fill_expect_text": "Texto",
    "fill_required": "obligatoria",
    "fill_error_title": "Respuesta no aceptada",
    "fill_error_choice": "Elija una de las respuestas de la lista.",
    "fill_error_integer": "Escriba un número entero.",
    "fill_error_decimal": "Escriba un número.",
    "fill_error_date": "Escriba una fecha (AAAA-MM-DD).",
    # Progreso desde la auditoría anterior, cronología de la institución
    "progress": "Progreso desde la auditoría anterior",
    "progress_compared": "Comparación con la auditoría del {date} ({framework}, versión "
    "{version}; identificador {id}).",
    "progress_overall": "Puntuación global: {before} y luego {after}. Variación: {change} "
    "puntos; variación de las prácticas: {practice} puntos.",
    "progress_across_versions": "Las dos auditorías usan versiones distintas del marco ({old} "
    "y {new}); se comparan mediante la tabla de correspondencias "
    "de la versión más reciente. Las preguntas que el marco "
    "redefinió entre ambas no se comparan.",
    "progress_needs_crosswalk": "La auditoría anterior ({date}) usaba la versión {old} del "
    "marco y esta la versión {new}. Compararlas requiere una tabla "
    "de correspondencias entre ambas versiones, que la versión "
    "{new} no contiene; por eso no se muestra ningún progreso.",
    "progress_chart_caption": "En gris: la auditoría anterior; en azul: esta auditoría. Escala "
    "fija de 0 a 100 %.",
    "before": "Antes",
    "after": "Después",
    "change": "Variación",
    "practice_change": "Variación de las prácticas",
    "progress_note": "Variación: cambio bruto de la puntuación, en puntos. Variación de las "
    "prácticas: el cambio sobre las preguntas puntuadas en ambas auditorías "
    "únicamente. * Lo respondido difiere entre las dos auditorías: parte del "
    "cambio bruto se debe a lo que se respondió, no a las prácticas.",
    "progress_counts": "Preguntas: {improved} mejoraron, {regressed} retrocedieron, "
    "{unchanged} sin cambios, {newly} evaluadas por primera vez, {gone} que "
    "ya no se evalúan.",
    "progress_improved": "Preguntas que mejoraron ({count})",
    "progress_regressed": "Preguntas que retrocedieron ({count})",
    "progress_newly_assessed": "Evaluadas por primera vez ({count})",
    "progress_newly_help": "Sin respuesta, no aplicables o no planteadas la vez anterior. Su "
    "puntuación cuenta en esta auditoría pero no es una variación de "
    "las prácticas.",
    "progress_no_longer_assessed": "Que ya no se evalúan ({count})",
    "progress_gone_help": "Puntuadas la vez anterior, sin respuesta o no aplicables esta vez. "
    "Tampoco son una variación de las prácticas.",
    "progress_not_comparable": "{count} preguntas fueron redefinidas por el marco entre las dos "
    "versiones y no se comparan.",
    "timeline": "Cronología de la institución",
    "timeline_caption": "Puntuación global (línea gruesa) y puntuación de cada dimensión en "
    "cada auditoría de la institución hasta esta, en una escala fija de 0 a "
    "100 %.",
    "audit_of": "Auditoría",
    "this_audit": "esta auditoría",
    "sheet_progress": "Progreso",
    "sheet_timeline": "Cronología",
    "score_before": "Puntuación antes",
    "coverage_before": "Cobertura antes",
    "score_after": "Puntuación después",
    "coverage_after": "Cobertura después",
    "change_points": "Variación (puntos)",
    "practice_change_points": "Variación de las prácticas (puntos)",
    "newly_assessed": "Evaluadas por primera vez",
    "no_longer_assessed": "Ya no evaluadas",
    "share_before": "Puntos obtenidos antes",
    "share_after": "Puntos obtenidos después",
    "indicator_change": "Variación",
    "question_improved": "mejoró",
    "question_regressed": "retrocedió",
    "question_unchanged": "sin cambios",
    "question_newly_assessed": "evaluada por primera vez",
    "question_no_longer_assessed": "ya no evaluada",
    "question_not_comparable": "no comparable",
    "previous_code": "Código antes",
    # Comparación con los pares
    "peers_heading": "Frente al grupo de pares",
    "peers_line": "Comparado con las {count} instituciones del grupo de pares {group} en la "
    "referencia de la red del {date}. Los grupos de menos de {minimum} "
    "instituciones no se publican, y la referencia no nombra a ninguna.",
    "peers_none": "Ninguna referencia de pares se aplica a esta auditoría: la referencia del "
    "{date} no tiene grupo {group} para esta versión del marco (los grupos de "
    "menos de {minimum} instituciones no se publican).",
    "peers_other_version": "Sin comparación con los pares: la referencia de la red del {date} "
    "trata la versión {versions} de este marco, y esta auditoría está en la versión {version}. "
    "Ninguna tabla de correspondencias instalada aquí lleva de {version} a {versions}: los "
    "puntajes de las dos versiones no se ponen lado a lado.",
    "peers_read_as": "Esta auditoría, hecha con la versión {version} del marco, se lee como la "
    "versión {read_as} mediante la tabla de correspondencias del marco, como se leyeron las "
    "auditorías de la red: sus puntajes en la tabla son los de la versión {read_as}, y los "
    "gráficos, que muestran la versión {version}, no llevan las marcas de los pares.",
    "peers_group_country": "país {value}",
    "peers_group_field": "{label}: {value}",
    "peers_group_missing": "(sin respuesta)",
    "peers_chart_caption": "Frente al grupo de pares: el rectángulo gris abarca su mitad central "
    "(del primer al tercer cuartil), la línea oscura es su mediana; en el "
    "radar, la línea discontinua es la mediana de los pares.",
    "peers_table_note": "El cuarto indica dónde se sitúa el puntaje de la auditoría entre los "
    "del grupo de pares: en el cuarto inferior está por debajo del primer "
    "cuartil; en el superior, por encima del tercero.",
    "peer_q1": "Q1 de los pares",
    "peer_median": "Mediana de los pares",
    "peer_q3": "Q3 de los pares",
    "peer_quarter": "Cuarto",
    "peer_institutions": "Instituciones",
    "quarter_1": "inferior",
    "quarter_2": "segundo",
    "quarter_3": "tercero",
    "quarter_4": "superior",
    "peer_below_median": "Mediana − Q1 (gráfico)",
    "peer_above_median": "Q3 − mediana (gráfico)",
    "sheet_peers": "Grupo de pares",
}
